package io.inpact.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReaderTest {

    @Test
    void shouldReadNestedDocumentWhenWellFormed() {
        JsonReader in = new JsonReader(" {\"a\" : [1, -2.5e3, true, null], \"b\": {}, \"c\":\"x\"}\n");

        in.beginObject();
        assertTrue(in.hasNext());
        assertEquals("a", in.nextName());
        in.beginArray();
        assertTrue(in.hasNext());
        assertEquals(1, in.nextInt());
        assertTrue(in.hasNext());
        assertEquals(-2500.0, in.nextDouble());
        assertTrue(in.hasNext());
        assertTrue(in.nextBoolean());
        assertTrue(in.hasNext());
        assertTrue(in.peekNull());
        in.nextNull();
        assertFalse(in.hasNext());
        in.endArray();
        assertTrue(in.hasNext());
        assertEquals("b", in.nextName());
        in.skipValue();
        assertTrue(in.hasNext());
        assertEquals("c", in.nextName());
        assertEquals("x", in.nextString());
        assertFalse(in.hasNext());
        in.endObject();
        in.end();
    }

    @Test
    void shouldDecodeEscapesIncludingSurrogatePairs() {
        String text = new JsonReader("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00\\ud800x\"").nextString();

        assertEquals("\"\\/\b\f\n\r\té😀\uD800x", text);
    }

    @Test
    void shouldReadRawUnicodeAsIs() {
        assertEquals("世界 😀", new JsonReader("\"世界 😀\"").nextString());
    }

    @Test
    void shouldReadLongsBeyondDoublePrecision() {
        assertEquals(9007199254740993L, new JsonReader("9007199254740993").nextLong());
        assertEquals(Long.MAX_VALUE, new JsonReader("9223372036854775807").nextLong());
        assertEquals(Long.MIN_VALUE, new JsonReader("-9223372036854775808").nextLong());
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775808", "-9223372036854775809", "99999999999999999999"})
    void shouldRejectLongWhenOutOfRange(String json) {
        assertThrows(JsonException.class, () -> new JsonReader(json).nextLong());
    }

    @Test
    void shouldRejectIntWhenOutOfRange() {
        assertThrows(JsonException.class, () -> new JsonReader("2147483648").nextInt());
        assertEquals(Integer.MIN_VALUE, new JsonReader("-2147483648").nextInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1e3", "01", "-", "+1", "\"1\""})
    void shouldRejectIntegerWhenNotAnIntegerLiteral(String json) {
        assertThrows(JsonException.class, () -> new JsonReader(json).nextLong());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.1", "3.4499999999999997", "1.7976931348623157E308", "2.2250738585072014E-308", "4.9E-324", "-0.0", "1e-7", "12"})
    void shouldReadDoublesExactly(String json) {
        assertEquals(Double.parseDouble(json), new JsonReader(json).nextDouble());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"a\":1,}", "[1,]", "[1 2]", "{\"a\" 1}", "{a:1}", "\"abc", "\"a\nb\"", "\"\\x\"",
            "\"\\u12\"", "\"\\u12G4\"", "[01]", "[1.]", "[.5]", "[1e]", "tru", "nul", "[1]x", "{} {}", "", "'a'"})
    void shouldRejectMalformedJson(String json) {
        assertThrows(JsonException.class, () -> {
            JsonReader in = new JsonReader(json);
            in.skipValue();
            in.end();
        });
    }

    @Test
    void shouldRejectDocumentsNestedTooDeeply() {
        String json = "[".repeat(300) + "]".repeat(300);

        assertThrows(JsonException.class, () -> new JsonReader(json).skipValue());
    }

    @Test
    void shouldNameOffsetWhenRejecting() {
        JsonException e = assertThrows(JsonException.class, () -> new JsonReader("[1,,2]").skipValue());

        assertEquals("expected a value at offset 3", e.getMessage());
    }
}
