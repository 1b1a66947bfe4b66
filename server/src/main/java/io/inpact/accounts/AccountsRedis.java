package io.inpact.accounts;

import io.inpact.system.ApiException;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.exceptions.BeanInstantiationException;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Redis that sessions and sign-in limits live in. Connected on first use, so an outage fails only the
 * requests that need Redis (health stays up); a Redis that is down or does not answer in time (the
 * shared connection's deadline, io.inpact.system.SharedRedisDeadlines) is the server's outage: 503.
 */
@Singleton
class AccountsRedis {

    private static final Logger LOG = LoggerFactory.getLogger(AccountsRedis.class);

    private final Provider<StatefulRedisConnection<String, String>> connection;

    AccountsRedis(Provider<StatefulRedisConnection<String, String>> connection) {
        this.connection = connection;
    }

    /** Runs the commands; when Redis fails them, throws a 503 whose message is {@code whatIsUnavailable}. */
    <T> T call(String whatIsUnavailable, Function<RedisCommands<String, String>, T> commands) {
        try {
            return commands.apply(connection.get().sync());
        } catch (BeanInstantiationException | RedisException e) {
            LOG.warn("Redis unreachable ({}): {}", whatIsUnavailable, e.toString());
            throw ApiException.unavailable(whatIsUnavailable);
        }
    }
}
