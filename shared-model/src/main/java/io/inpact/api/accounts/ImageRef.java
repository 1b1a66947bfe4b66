package io.inpact.api.accounts;

/** Answer of an avatar/logo upload: where the stored image is served from. */
public record ImageRef(String id, String url, String contentType, int size) {
}
