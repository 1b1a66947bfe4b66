package io.inpact.chat;

import java.util.UUID;

/** A signed-up user and the session cookie ({@code INPACT_SESSION=...}) the API gave them. */
record TestUser(UUID id, String username, String cookie) {
}
