package io.inpact.system;

import io.inpact.testsupport.TestInfra;
import io.micronaut.http.netty.channel.EventLoopGroupRegistry;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.netty.channel.IoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** On Linux the server's sockets run on Netty's native epoll transport, not the JDK's NIO selector. */
@MicronautTest
@EnabledOnOs(OS.LINUX)
class NativeTransportTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Inject
    EventLoopGroupRegistry loops;

    @Override
    public Map<String, String> getProperties() {
        return TestInfra.properties();
    }

    @Test
    void shouldLoadTheNativeEpollLibraryOnLinux() {
        assertThat(Epoll.isAvailable()).as("epoll unavailable: %s", Epoll.unavailabilityCause()).isTrue();
    }

    @Test
    void shouldRunTheServersSocketsOnEpoll() {
        assertThat(server.isRunning()).isTrue();
        assertThat(loops.getDefaultEventLoopGroup())
                .isInstanceOfSatisfying(IoEventLoopGroup.class, group -> assertThat(group.isIoType(EpollIoHandler.class)).isTrue());
    }
}
