package io.inpact.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void shouldSeparateMembersWhenNesting() {
        JsonWriter out = new JsonWriter();

        out.beginObject().name("a").value(1).name("b").beginArray().value(true).nullValue()
                .beginObject().endObject().beginArray().endArray().endArray().name("c").value("x").endObject();

        assertEquals("{\"a\":1,\"b\":[true,null,{},[]],\"c\":\"x\"}", out.toString());
    }

    @Test
    void shouldEscapeQuotesBackslashesAndControlCharacters() {
        String json = new JsonWriter().value("\"\\/\n\r\t\b\f\u0000\u001f\u007f").toString();

        assertEquals("\"\\\"\\\\/\\n\\r\\t\\b\\f\\u0000\\u001f\u007f\"", json);
    }

    @Test
    void shouldKeepUnicodeAndSurrogatePairsAsText() {
        assertEquals("\"héllo 世界 😀\"", new JsonWriter().value("héllo 世界 😀").toString());
    }

    @Test
    void shouldEscapeLoneSurrogatesAndLineSeparators() {
        String json = new JsonWriter().value("a\uD800b\uDC00\u2028\u2029\uDBFF").toString();

        assertEquals("\"a\\ud800b\\udc00\\u2028\\u2029\\udbff\"", json);
    }

    @Test
    void shouldWriteNumbersExactly() {
        String json = new JsonWriter().beginArray().value(Long.MAX_VALUE).value(Long.MIN_VALUE).value(0.1)
                .value(-0.0).value(1e21).endArray().toString();

        assertEquals("[9223372036854775807,-9223372036854775808,0.1,-0.0,1.0E21]", json);
    }

    @Test
    void shouldRefuseNonFiniteDoubles() {
        assertThrows(JsonException.class, () -> new JsonWriter().value(Double.NaN));
        assertThrows(JsonException.class, () -> new JsonWriter().value(Double.POSITIVE_INFINITY));
    }
}
