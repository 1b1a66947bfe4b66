package io.inpact.chat;

import io.inpact.api.accounts.Role;
import io.inpact.api.chat.ChatFrames;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The replica stops the way production does, with Micronaut's graceful shutdown on (TestInfra turns it off). */
class ChatGracefulShutdownTest {

    private static final String GRACEFUL_SHUTDOWN = "micronaut.lifecycle.graceful-shutdown.enabled";
    private static final String GRACE_PERIOD = "micronaut.lifecycle.graceful-shutdown.grace-period";

    @Test
    void shouldCloseEverySocketWithServiceRestartWhenGracefulShutdownStopsTheReplica() throws Exception {
        Map<String, String> shared = Replica.sharedProperties();
        shared.put(GRACEFUL_SHUTDOWN, "true");
        shared.put(GRACE_PERIOD, "3s");
        Replica one = Replica.start(shared);
        TestUser brand = one.signUp(Role.BRAND);
        TestUser creator = one.signUp(Role.CREATOR);
        LiveSocket first = LiveSocket.open(one, brand);
        LiveSocket second = LiveSocket.open(one, brand);
        LiveSocket third = LiveSocket.open(one, creator);

        one.close();

        assertThat(first.closed.get(10, TimeUnit.SECONDS)).isEqualTo(ChatFrames.CLOSE_SERVICE_RESTART);
        assertThat(second.closed.get(10, TimeUnit.SECONDS)).isEqualTo(ChatFrames.CLOSE_SERVICE_RESTART);
        assertThat(third.closed.get(10, TimeUnit.SECONDS)).isEqualTo(ChatFrames.CLOSE_SERVICE_RESTART);
    }
}
