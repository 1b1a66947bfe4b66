package io.inpact.spa;

/**
 * Percent-encoding of URL components in plain Java, so it runs the same on the JVM and under TeaVM.
 * UTF-8 is done by hand: the JDK's charset machinery would add tens of kilobytes to the browser build.
 */
public final class UrlCodec {

    private static final String HEX = "0123456789ABCDEF";

    private UrlCodec() {
    }

    /** Encodes everything but RFC 3986 unreserved characters, like JavaScript's encodeURIComponent. */
    public static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                if (cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9'
                        || cp == '-' || cp == '_' || cp == '.' || cp == '~') {
                    out.append((char) cp);
                } else {
                    escape(out, cp);
                }
            } else if (cp < 0x800) {
                escape(out, 0xC0 | cp >> 6);
                escape(out, 0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                escape(out, 0xE0 | cp >> 12);
                escape(out, 0x80 | cp >> 6 & 0x3F);
                escape(out, 0x80 | cp & 0x3F);
            } else {
                escape(out, 0xF0 | cp >> 18);
                escape(out, 0x80 | cp >> 12 & 0x3F);
                escape(out, 0x80 | cp >> 6 & 0x3F);
                escape(out, 0x80 | cp & 0x3F);
            }
        }
        return out.toString();
    }

    /** Fills the {@code {id}} of an API path template with the id as one encoded path segment. */
    public static String fill(String template, String id) {
        int at = template.indexOf("{id}");
        return template.substring(0, at) + encode(id) + template.substring(at + 4);
    }

    /** Decodes percent escapes and '+' as space; {@code null} when the text is not valid percent-encoded UTF-8. */
    public static String decode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '+') {
                out.append(' ');
                i++;
            } else if (c != '%') {
                out.append(c);
                i++;
            } else {
                int first = byteAt(text, i);
                if (first < 0) {
                    return null;
                }
                int extra = first < 0x80 ? 0 : first >= 0xF0 && first < 0xF8 ? 3 : first >= 0xE0 ? 2
                        : first >= 0xC2 ? 1 : -1;
                if (extra < 0 || first >= 0xF8) {
                    return null;
                }
                int cp = extra == 0 ? first : first & (0x3F >> extra);
                for (int k = 1; k <= extra; k++) {
                    int next = byteAt(text, i + 3 * k);
                    if (next < 0 || (next & 0xC0) != 0x80) {
                        return null;
                    }
                    cp = cp << 6 | next & 0x3F;
                }
                if (cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
                    return null;
                }
                out.appendCodePoint(cp);
                i += 3 * (extra + 1);
            }
        }
        return out.toString();
    }

    private static int byteAt(String text, int at) {
        if (at + 2 >= text.length() || text.charAt(at) != '%') {
            return -1;
        }
        int hi = hex(text.charAt(at + 1));
        int lo = hex(text.charAt(at + 2));
        return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
    }

    private static void escape(StringBuilder out, int b) {
        out.append('%').append(HEX.charAt(b >> 4 & 0xF)).append(HEX.charAt(b & 0xF));
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
