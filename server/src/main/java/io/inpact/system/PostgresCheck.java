package io.inpact.system;

import io.inpact.api.common.ComponentHealth;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;

/** Runs {@code select 1} on a pooled connection, off the event loop. */
@Singleton
final class PostgresCheck implements DependencyCheck {

    static final String NAME = "postgresql";

    private final ConnectionOperations<Connection> connections;
    private final Scheduler blocking;

    PostgresCheck(ConnectionOperations<Connection> connections, @Named(TaskExecutors.BLOCKING) ExecutorService blockingExecutor) {
        this.connections = connections;
        this.blocking = Schedulers.fromExecutorService(blockingExecutor);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Mono<ComponentHealth> check() {
        return DependencyCheck.timed(NAME, Mono.fromCallable(this::selectOne).subscribeOn(blocking));
    }

    private Boolean selectOne() {
        return connections.executeRead(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                statement.setQueryTimeout((int) TIMEOUT.toSeconds());
                return statement.execute("select 1");
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }
}
