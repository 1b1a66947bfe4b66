package io.inpact.chat;

import io.inpact.api.accounts.Role;
import io.inpact.api.chat.ChatFrames;
import io.inpact.api.chat.ClientFrame;
import io.inpact.api.chat.ConversationView;
import io.inpact.api.chat.CreateConversationRequest;
import io.inpact.api.chat.MessageHistory;
import io.inpact.api.chat.MessageView;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.inpact.chat.Waiting.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/** Redis lost and restored mid-conversation, and a replica shutting down under live sockets. */
class ChatResilienceTest {

    @Test
    void shouldDeliverEveryMessageExactlyOnceWhenRedisIsCutAndRestored() {
        try (PrivateRedis redis = new PrivateRedis()) {
            Map<String, String> shared = Replica.sharedProperties();
            shared.put("redis.uri", redis.uri());
            try (Replica one = Replica.start(shared); Replica two = Replica.start(shared)) {
                TestUser brand = one.signUp(Role.BRAND);
                TestUser creator = two.signUp(Role.CREATOR);
                String conversation = one.read(one.post(brand, "/api/chat/conversations",
                        new CreateConversationRequest(creator.id().toString())).body(), ConversationView.class).id();
                try (LiveSocket a = LiveSocket.open(one, brand); LiveSocket b = LiveSocket.open(two, creator)) {
                    Map<String, String> viewOfB = new LinkedHashMap<>();
                    a.send(ClientFrame.send("before", conversation, "before the cut"));
                    collect(viewOfB, b.await(ChatFrames.MESSAGE, f -> true));

                    redis.stop();
                    waitFor("replica one not ready without Redis", () -> status(one, "/health/readiness") == 503);
                    a.send(ClientFrame.send("d1", conversation, "during 1"));
                    a.send(ClientFrame.send("d2", conversation, "during 2"));
                    a.send(ClientFrame.send("d2", conversation, "during 2"));
                    a.await(ChatFrames.MESSAGE, f -> "d2".equals(LiveSocket.message(f).get("clientId")));
                    b.send(ClientFrame.send("d3", conversation, "during 3 from the creator"));
                    b.await(ChatFrames.MESSAGE, f -> "d3".equals(LiveSocket.message(f).get("clientId")));
                    int readinessWhileDown = status(two, "/health/readiness");

                    redis.start();
                    // every replica tells its sockets to resync, also one whose probe missed the short outage
                    // (its connections dropped and came back); the client then fetches the REST history, as below
                    Map<String, Object> resyncOfB = b.await(ChatFrames.RESYNC, f -> "bus-restored".equals(f.get("reason")));
                    waitFor("both replicas ready with Redis back",
                            () -> status(one, "/health/readiness") == 200 && status(two, "/health/readiness") == 200);
                    for (Map<String, Object> frame : b.drain(Duration.ofMillis(300))) {
                        collect(viewOfB, frame);
                    }
                    MessageHistory resync = one.read(two.get(creator, "/api/chat/conversations/" + conversation
                            + "/messages?size=100").body(), MessageHistory.class);
                    resync.items().forEach(m -> viewOfB.put(m.id(), m.text()));
                    a.send(ClientFrame.send("after", conversation, "after the cut"));
                    collect(viewOfB, b.await(ChatFrames.MESSAGE, f -> "after the cut".equals(LiveSocket.message(f).get("text"))));

                    MessageHistory history = one.read(one.get(brand, "/api/chat/conversations/" + conversation
                            + "/messages?size=100").body(), MessageHistory.class);
                    List<String> stored = new ArrayList<>(history.items().stream().map(MessageView::text).toList());
                    Collections.reverse(stored);
                    assertThat(readinessWhileDown).isEqualTo(503);
                    assertThat(resyncOfB).isNotNull();
                    assertThat(status(one, "/health/readiness")).isEqualTo(200);
                    assertThat(stored).containsExactly("before the cut", "during 1", "during 2",
                            "during 3 from the creator", "after the cut");
                    assertThat(history.items()).extracting(MessageView::id).doesNotHaveDuplicates();
                    assertThat(viewOfB.values()).containsExactlyInAnyOrderElementsOf(stored);
                }
            }
        }
    }

    @Test
    void shouldCloseSocketsWithServiceRestartWhenReplicaShutsDown() throws Exception {
        Map<String, String> shared = Replica.sharedProperties();
        Replica one = Replica.start(shared);
        TestUser brand = one.signUp(Role.BRAND);
        LiveSocket socket = LiveSocket.open(one, brand);

        one.close();

        assertThat(socket.closed.get(10, TimeUnit.SECONDS)).isEqualTo(ChatFrames.CLOSE_SERVICE_RESTART);
    }

    private static void collect(Map<String, String> view, Map<String, Object> frame) {
        if (ChatFrames.MESSAGE.equals(frame.get("type"))) {
            Map<String, Object> message = LiveSocket.message(frame);
            view.put((String) message.get("id"), (String) message.get("text"));
        }
    }

    private static int status(Replica replica, String path) {
        HttpResponse<String> response = replica.get(null, path);
        return response.statusCode();
    }
}
