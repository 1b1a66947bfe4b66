package io.inpact.json;

/**
 * A small strict pull parser for JSON text (RFC 8259). Containers are read with begin/hasNext/end;
 * {@link #end()} checks that nothing but whitespace follows the document.
 */
public final class JsonReader {

    private static final int MAX_DEPTH = 256;

    private final String in;
    private int pos;
    private final boolean[] first = new boolean[MAX_DEPTH];
    private int depth;

    public JsonReader(String json) {
        if (json == null) {
            throw new JsonException("JSON text is missing");
        }
        this.in = json;
    }

    public void beginObject() {
        open('{');
    }

    public void endObject() {
        close('}');
    }

    public void beginArray() {
        open('[');
    }

    public void endArray() {
        close(']');
    }

    /** True when the current object or array has another member; consumes the comma before it. */
    public boolean hasNext() {
        char c = peekChar();
        if (c == '}' || c == ']') {
            return false;
        }
        if (first[depth - 1]) {
            first[depth - 1] = false;
        } else {
            expect(',');
        }
        return true;
    }

    public String nextName() {
        String name = nextString();
        expect(':');
        return name;
    }

    /** True, without consuming it, when the next value is {@code null}. */
    public boolean peekNull() {
        return peekChar() == 'n';
    }

    public void nextNull() {
        literal("null");
    }

    public boolean nextBoolean() {
        if (peekChar() == 't') {
            literal("true");
            return true;
        }
        literal("false");
        return false;
    }

    public String nextString() {
        expect('"');
        StringBuilder sb = null;
        int start = pos;
        while (true) {
            if (pos >= in.length()) {
                throw error("unterminated string");
            }
            char c = in.charAt(pos);
            if (c == '"') {
                String tail = in.substring(start, pos++);
                return sb == null ? tail : sb.append(tail).toString();
            }
            if (c < 0x20) {
                throw error("control character in string");
            }
            if (c != '\\') {
                pos++;
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder();
            }
            sb.append(in, start, pos);
            pos++;
            sb.append(escaped());
            start = pos;
        }
    }

    public long nextLong() {
        int start = numberStart();
        int end = scanNumber();
        boolean negative = in.charAt(start) == '-';
        int i = negative ? start + 1 : start;
        if (end - i > 19 || !isInteger(i, end)) {
            throw error(start, "expected an integer");
        }
        long value = 0;
        for (; i < end; i++) {
            int digit = in.charAt(i) - '0';
            if (value < (Long.MIN_VALUE + digit) / 10) {
                throw error(start, "integer out of range");
            }
            value = value * 10 - digit;
        }
        if (!negative) {
            if (value == Long.MIN_VALUE) {
                throw error(start, "integer out of range");
            }
            value = -value;
        }
        return value;
    }

    public int nextInt() {
        int start = numberStart();
        long value = nextLong();
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw error(start, "integer out of range");
        }
        return (int) value;
    }

    public double nextDouble() {
        int start = numberStart();
        int end = scanNumber();
        return Doubles.parse(in.substring(start, end));
    }

    /** Skips the next value, whatever it is. */
    public void skipValue() {
        char c = peekChar();
        if (c == '{') {
            beginObject();
            while (hasNext()) {
                nextName();
                skipValue();
            }
            endObject();
        } else if (c == '[') {
            beginArray();
            while (hasNext()) {
                skipValue();
            }
            endArray();
        } else if (c == '"') {
            nextString();
        } else if (c == 't' || c == 'f') {
            nextBoolean();
        } else if (c == 'n') {
            nextNull();
        } else {
            numberStart();
            scanNumber();
        }
    }

    /** Checks that the document is complete. */
    public void end() {
        if (depth != 0) {
            throw error("unclosed object or array");
        }
        skipWhitespace();
        if (pos < in.length()) {
            throw error("unexpected text after the JSON value");
        }
    }

    private void open(char c) {
        expect(c);
        if (depth == MAX_DEPTH) {
            throw error("nested too deeply");
        }
        first[depth++] = true;
    }

    private void close(char c) {
        expect(c);
        depth--;
    }

    private char escaped() {
        if (pos >= in.length()) {
            throw error("unterminated string");
        }
        char c = in.charAt(pos++);
        switch (c) {
            case '"', '\\', '/':
                return c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                if (pos + 4 > in.length()) {
                    throw error("bad unicode escape");
                }
                int value = 0;
                for (int i = 0; i < 4; i++) {
                    value = value << 4 | hex(in.charAt(pos++));
                }
                return (char) value;
            default:
                throw error(pos - 1, "bad escape \\" + c);
        }
    }

    private int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        throw error(pos - 1, "bad unicode escape");
    }

    private int numberStart() {
        skipWhitespace();
        return pos;
    }

    /** Scans a number as the JSON grammar spells it and returns where it ends. */
    private int scanNumber() {
        int start = pos;
        if (pos < in.length() && in.charAt(pos) == '-') {
            pos++;
        }
        int intStart = pos;
        int digits = digits();
        if (digits == 0) {
            throw error(start, "expected a value");
        }
        if (digits > 1 && in.charAt(intStart) == '0') {
            throw error(start, "number with a leading zero");
        }
        if (pos < in.length() && in.charAt(pos) == '.') {
            pos++;
            if (digits() == 0) {
                throw error(start, "bad number");
            }
        }
        if (pos < in.length() && (in.charAt(pos) == 'e' || in.charAt(pos) == 'E')) {
            pos++;
            if (pos < in.length() && (in.charAt(pos) == '+' || in.charAt(pos) == '-')) {
                pos++;
            }
            if (digits() == 0) {
                throw error(start, "bad number");
            }
        }
        return pos;
    }

    private int digits() {
        int start = pos;
        while (pos < in.length() && in.charAt(pos) >= '0' && in.charAt(pos) <= '9') {
            pos++;
        }
        return pos - start;
    }

    private boolean isInteger(int from, int to) {
        for (int i = from; i < to; i++) {
            if (in.charAt(i) < '0' || in.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private void literal(String word) {
        skipWhitespace();
        if (!in.startsWith(word, pos)) {
            throw error("expected " + word);
        }
        pos += word.length();
    }

    private void expect(char c) {
        if (peekChar() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private char peekChar() {
        skipWhitespace();
        if (pos >= in.length()) {
            throw error("unexpected end of JSON");
        }
        return in.charAt(pos);
    }

    private void skipWhitespace() {
        while (pos < in.length()) {
            char c = in.charAt(pos);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            pos++;
        }
    }

    private JsonException error(String message) {
        return error(pos, message);
    }

    private JsonException error(int at, String message) {
        return new JsonException(message + " at offset " + at);
    }
}
