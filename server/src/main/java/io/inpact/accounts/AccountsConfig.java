package io.inpact.accounts;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Session and sign-in limits ({@code inpact.accounts.*}). {@code publicUrl} (env {@code PUBLIC_URL}) is the
 * site's address as users type it; reset links point there and the Origin check accepts it.
 */
@ConfigurationProperties("inpact.accounts")
record AccountsConfig(
        @Bindable(defaultValue = "30") int sessionMinutes,
        @Bindable(defaultValue = "5") int loginMaxFailuresPerAccount,
        @Bindable(defaultValue = "20") int loginMaxFailuresPerAddress,
        @Bindable(defaultValue = "900") int loginWindowSeconds,
        @Bindable(defaultValue = "30") int resetTokenMinutes,
        @Bindable(defaultValue = "5") int forgotMaxPerAddress,
        @Nullable String publicUrl) {

    long sessionSeconds() {
        return sessionMinutes * 60L;
    }
}
