package io.inpact.json;

/**
 * A small streaming JSON writer. Non-ASCII text is written as is; control characters, lone
 * surrogates and U+2028/U+2029 are escaped, so the output is valid JSON in any UTF encoding.
 */
public final class JsonWriter {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out = new StringBuilder();
    private boolean comma;

    public JsonWriter beginObject() {
        separate();
        out.append('{');
        comma = false;
        return this;
    }

    public JsonWriter endObject() {
        out.append('}');
        comma = true;
        return this;
    }

    public JsonWriter beginArray() {
        separate();
        out.append('[');
        comma = false;
        return this;
    }

    public JsonWriter endArray() {
        out.append(']');
        comma = true;
        return this;
    }

    public JsonWriter name(String name) {
        separate();
        string(name);
        out.append(':');
        comma = false;
        return this;
    }

    public JsonWriter value(String value) {
        if (value == null) {
            return nullValue();
        }
        separate();
        string(value);
        comma = true;
        return this;
    }

    public JsonWriter value(long value) {
        separate();
        out.append(value);
        comma = true;
        return this;
    }

    /** Writes a finite double, spelled by {@link Doubles#format}. */
    public JsonWriter value(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new JsonException("JSON has no number for NaN or an infinity");
        }
        separate();
        out.append(Doubles.format(value));
        comma = true;
        return this;
    }

    public JsonWriter value(boolean value) {
        separate();
        out.append(value);
        comma = true;
        return this;
    }

    public JsonWriter nullValue() {
        separate();
        out.append("null");
        comma = true;
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void separate() {
        if (comma) {
            out.append(',');
        }
    }

    private void string(String s) {
        out.append('"');
        int length = s.length();
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || isLoneSurrogate(s, i, c)) {
                        unicodeEscape(c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isLoneSurrogate(String s, int i, char c) {
        if (c >= '\uD800' && c <= '\uDBFF') {
            return i + 1 >= s.length() || s.charAt(i + 1) < '\uDC00' || s.charAt(i + 1) > '\uDFFF';
        }
        if (c >= '\uDC00' && c <= '\uDFFF') {
            return i == 0 || s.charAt(i - 1) < '\uD800' || s.charAt(i - 1) > '\uDBFF';
        }
        return false;
    }

    private void unicodeEscape(char c) {
        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
    }
}
