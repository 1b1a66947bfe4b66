package io.inpact.api.chat;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ChatRulesTest {

    @Test
    void shouldAcceptTextWhenWithinLimit() {
        assertNull(ChatRules.text("hello"));
        assertNull(ChatRules.text("x".repeat(ChatRules.MAX_TEXT_LENGTH)));
    }

    @Test
    void shouldCountCodePointsWhenTextHasEmoji() {
        String emoji = "\uD83D\uDE00";
        assertNull(ChatRules.text(emoji.repeat(ChatRules.MAX_TEXT_LENGTH)));
        assertNotNull(ChatRules.text(emoji.repeat(ChatRules.MAX_TEXT_LENGTH + 1)));
    }

    @Test
    void shouldRefuseTextWhenBlankOrTooLong() {
        assertNotNull(ChatRules.text(null));
        assertNotNull(ChatRules.text(" \n\t"));
        assertNotNull(ChatRules.text("x".repeat(ChatRules.MAX_TEXT_LENGTH + 1)));
    }

    @Test
    void shouldRefuseClientIdWhenEmptyTooLongOrNotVisibleAscii() {
        assertNotNull(ChatRules.clientId(null));
        assertNotNull(ChatRules.clientId(""));
        assertNotNull(ChatRules.clientId("a".repeat(ChatRules.MAX_CLIENT_ID_LENGTH + 1)));
        assertNotNull(ChatRules.clientId("has space"));
        assertNotNull(ChatRules.clientId("é"));
    }

    @Test
    void shouldAcceptClientIdWhenUuid() {
        assertNull(ChatRules.clientId("3f2b8c1e-8d3a-4b7e-9c52-0e4f6a1b2c3d"));
    }
}
