package io.inpact.spa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QueryTest {

    @Test
    void shouldDecodeValuesWhenQueryHasEscapes() {
        Query query = Query.parse("?token=a%2Bb%3D&name=Ana+Lu%C3%ADsa");

        assertEquals("a+b=", query.get("token"));
        assertEquals("Ana Luísa", query.get("name"));
    }

    @Test
    void shouldKeepFirstValueWhenKeyRepeats() {
        assertEquals("1", Query.parse("?a=1&a=2").get("a"));
    }

    @Test
    void shouldBeEmptyWhenSearchIsEmptyOrNull() {
        assertTrue(Query.parse("").isEmpty());
        assertTrue(Query.parse(null).isEmpty());
        assertTrue(Query.parse("?&&").isEmpty());
    }

    @Test
    void shouldDropPairWhenEscapeIsMalformed() {
        Query query = Query.parse("?bad=%E&good=1&flag");

        assertNull(query.get("bad"));
        assertEquals("1", query.get("good"));
        assertEquals("", query.get("flag"));
    }

    @Test
    void shouldRoundTripWhenEncodedThenDecoded() {
        String text = "/creators/42?tab=a b&x=é€😀";

        assertEquals(text, UrlCodec.decode(UrlCodec.encode(text)));
        assertEquals("%2Fa%20b%3F", UrlCodec.encode("/a b?"));
    }
}
