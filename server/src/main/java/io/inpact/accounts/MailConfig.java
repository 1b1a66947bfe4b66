package io.inpact.accounts;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/** SMTP settings ({@code inpact.mail.*}, from the SMTP_* environment variables). */
@ConfigurationProperties("inpact.mail")
record MailConfig(
        @Nullable String host,
        @Bindable(defaultValue = "587") int port,
        @Nullable String user,
        @Nullable String password,
        @Nullable String from,
        @Bindable(defaultValue = "false") boolean starttlsRequired) {

    boolean configured() {
        return host != null && !host.isBlank() && from != null && !from.isBlank();
    }
}
