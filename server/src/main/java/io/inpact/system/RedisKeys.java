package io.inpact.system;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;

/** Every Redis key and pub/sub channel of this deployment starts with {@code keyPrefix} (env REDIS_KEY_PREFIX). */
@ConfigurationProperties("inpact.redis")
public record RedisKeys(@NotBlank String keyPrefix) {

    public String key(String name) {
        return keyPrefix + name;
    }
}
