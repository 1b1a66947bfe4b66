package io.inpact.spa.pages.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TypingInListTest {

    private static final long SHOWN = 4_000;

    @Test
    void shouldShowTypingUntilItsTimeIsUpWhenAFrameArrives() {
        TypingInList typing = new TypingInList(SHOWN);

        typing.typing("c1", "them", 1_000);

        assertTrue(typing.isTyping("c1", 1_000));
        assertTrue(typing.isTyping("c1", 4_999));
        assertFalse(typing.isTyping("c1", 5_000));
        assertFalse(typing.isTyping("c2", 1_000));
    }

    @Test
    void shouldExtendTheTimeWhenAnotherFrameArrives() {
        TypingInList typing = new TypingInList(SHOWN);
        typing.typing("c1", "them", 1_000);

        typing.typing("c1", "them", 3_000);

        assertTrue(typing.isTyping("c1", 6_000));
        assertEquals(4_000, typing.nextExpiry(3_000));
    }

    @Test
    void shouldEndAtOnceWhenThePersonTypingSendsAMessage() {
        TypingInList typing = new TypingInList(SHOWN);
        typing.typing("c1", "them", 1_000);

        boolean ended = typing.messaged("c1", "them");

        assertTrue(ended);
        assertFalse(typing.isTyping("c1", 1_001));
        assertEquals(-1, typing.nextExpiry(1_001));
    }

    @Test
    void shouldKeepShowingWhenSomeoneElseSendsAMessage() {
        TypingInList typing = new TypingInList(SHOWN);
        typing.typing("c1", "them", 1_000);

        boolean ended = typing.messaged("c1", "me");
        boolean elsewhere = typing.messaged("c2", "them");

        assertFalse(ended);
        assertFalse(elsewhere);
        assertTrue(typing.isTyping("c1", 1_001));
    }

    @Test
    void shouldForgetOnlyThoseWhoseTimeIsUpAndSayWhenTheNextOneIs() {
        TypingInList typing = new TypingInList(SHOWN);
        typing.typing("c1", "a", 1_000);
        typing.typing("c2", "b", 3_000);

        assertFalse(typing.expire(4_999));
        assertEquals(1, typing.nextExpiry(4_999));
        assertTrue(typing.expire(5_000));

        assertFalse(typing.isTyping("c1", 5_000));
        assertTrue(typing.isTyping("c2", 5_000));
        assertEquals(2_000, typing.nextExpiry(5_000));
        assertTrue(typing.expire(7_000));
        assertEquals(-1, typing.nextExpiry(7_000));
    }
}
