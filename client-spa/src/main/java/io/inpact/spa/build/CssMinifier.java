package io.inpact.spa.build;

/** Drops comments and the whitespace CSS does not need; never touches text inside strings. */
final class CssMinifier {

    private CssMinifier() {
    }

    static String minify(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int i = 0;
        boolean pendingSpace = false;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? css.length() : end + 2;
                continue;
            }
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < css.length() && css.charAt(end) != c) {
                    end += css.charAt(end) == '\\' ? 2 : 1;
                }
                flushSpace(out, pendingSpace, c);
                pendingSpace = false;
                out.append(css, i, Math.min(end + 1, css.length()));
                i = end + 1;
                continue;
            }
            if (Character.isWhitespace(c)) {
                pendingSpace = true;
                i++;
                continue;
            }
            if (c == '}' && out.length() > 0 && out.charAt(out.length() - 1) == ';') {
                out.setLength(out.length() - 1);
            }
            flushSpace(out, pendingSpace, c);
            pendingSpace = false;
            out.append(c);
            i++;
        }
        return out.toString().trim();
    }

    private static void flushSpace(StringBuilder out, boolean pendingSpace, char next) {
        if (!pendingSpace || out.length() == 0) {
            return;
        }
        char previous = out.charAt(out.length() - 1);
        if (isTight(previous) || previous == ':' || isTight(next)) {
            return;
        }
        out.append(' ');
    }

    private static boolean isTight(char c) {
        return c == '{' || c == '}' || c == ';' || c == ',' || c == '>';
    }
}
