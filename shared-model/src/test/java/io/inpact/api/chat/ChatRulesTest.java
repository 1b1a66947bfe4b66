package io.inpact.api.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

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

    @Test
    void shouldAcceptAnAcknowledgementOfOneToTheMostMessages() {
        assertNull(ChatRules.acknowledged(List.of("m-1")));
        assertNull(ChatRules.acknowledged(Collections.nCopies(ChatRules.MAX_ACK_IDS, "m")));
    }

    @Test
    void shouldRefuseAnAcknowledgementOfNoneOrTooManyMessages() {
        assertNotNull(ChatRules.acknowledged(null));
        assertNotNull(ChatRules.acknowledged(List.of()));
        assertNotNull(ChatRules.acknowledged(Collections.nCopies(ChatRules.MAX_ACK_IDS + 1, "m")));
    }

    @Test
    void shouldReadAnAckOfOneMessageAsWellAsOneOfSeveral() {
        assertEquals(List.of("m-1"), ClientFrame.ack("m-1").acknowledged());
        assertEquals(List.of("m-1", "m-2"), ClientFrame.ack(List.of("m-1", "m-2")).acknowledged());
        assertEquals(List.of(), new ClientFrame(ChatFrames.ACK, null, null, null, null, null, null).acknowledged());
    }

    @Test
    void shouldNameTheLastMessageOfAStatusAsItsMessageId() {
        StatusFrame frame = StatusFrame.of(List.of("m-1", "m-2"), "c-1", MessageStatus.DELIVERED);
        assertEquals("m-2", frame.messageId());
        assertEquals(List.of("m-1", "m-2"), frame.covered());
        assertEquals(List.of("m-3"),
                new StatusFrame(ChatFrames.STATUS, "m-3", "c-1", MessageStatus.SEEN, null, null).covered());
    }

    @Test
    void shouldAcceptAnAcknowledgementUpToAMessagesSeq() {
        assertNull(ChatRules.acknowledgedUpTo(1));
        assertNull(ChatRules.acknowledgedUpTo(Long.MAX_VALUE));
        assertNotNull(ChatRules.acknowledgedUpTo(0));
        assertNotNull(ChatRules.acknowledgedUpTo(-5));
    }

    @Test
    void shouldCarryTheConversationAndSeqInAnAckByMark() {
        ClientFrame frame = ClientFrame.ack("c-1", 42);
        assertEquals("c-1", frame.conversationId());
        assertEquals(42L, frame.seq());
        assertEquals(List.of(), frame.acknowledged());
    }

    @Test
    void shouldNameTheNewestMessageOfAStatusUpToASeq() {
        StatusFrame frame = StatusFrame.upTo("m-9", 9, "c-1", MessageStatus.DELIVERED);
        assertEquals(9L, frame.upToSeq());
        assertEquals(List.of("m-9"), frame.covered());
    }
}
