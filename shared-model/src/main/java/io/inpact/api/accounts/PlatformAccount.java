package io.inpact.api.accounts;

import io.inpact.api.common.Platform;

/** One channel a creator publishes on. */
public record PlatformAccount(Platform platform, String handle, long followers) {
}
