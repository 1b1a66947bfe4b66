package io.inpact.spa.pages.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MessageButtonTest {

    @Test
    void shouldOpenTheConversationWithTheOtherUserWhenSignedIn() {
        assertEquals("/messages?with=u-2", MessageButton.href("u-1", "u-2"));
    }

    @Test
    void shouldNotOfferToMessageYourselfOrNobody() {
        assertNull(MessageButton.href("u-1", "u-1"));
        assertNull(MessageButton.href("u-1", null));
        assertNull(MessageButton.href("u-1", ""));
    }

    @Test
    void shouldGoThroughSignInAndComeBackToTheConversationWhenSignedOut() {
        assertEquals("/signin?next=%2Fmessages%3Fwith%3Du-2", MessageButton.href(null, "u-2"));
    }

    @Test
    void shouldNameThePersonWhenTheNameIsKnown() {
        assertEquals("Message Peak Form", MessageButton.label(" Peak Form "));
        assertEquals("Message", MessageButton.label(""));
        assertEquals("Message", MessageButton.label(null));
    }
}
