package io.inpact.api.common;

/**
 * The input rules the server enforces and the SPA checks before sending. Each returns the error message
 * for the field, or null when the value is acceptable. Written without regex, String.format or
 * java.time so that TeaVM compiles them small.
 */
public final class Rules {

    public static final int EMAIL_MAX = 254;
    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 30;
    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 128;

    private Rules() {
    }

    public static String required(String value) {
        return isBlank(value) ? "is required" : null;
    }

    public static String email(String email) {
        if (isBlank(email)) {
            return "is required";
        }
        if (email.length() > EMAIL_MAX) {
            return "must be at most " + EMAIL_MAX + " characters";
        }
        int at = email.indexOf('@');
        if (at <= 0 || at != email.lastIndexOf('@') || at > 64) {
            return "must be an e-mail address such as name@example.com";
        }
        for (int i = 0; i < email.length(); i++) {
            char c = email.charAt(i);
            if (c <= ' ' || c == 0x7F || c == '"' || c == ',' || c == ';' || c == '<' || c == '>'
                    || c == '(' || c == ')' || c == '[' || c == ']' || c == '\\') {
                return "must be an e-mail address such as name@example.com";
            }
        }
        String local = email.substring(0, at);
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return "must be an e-mail address such as name@example.com";
        }
        return validDomain(email.substring(at + 1)) ? null : "must be an e-mail address such as name@example.com";
    }

    public static String username(String username) {
        if (isBlank(username)) {
            return "is required";
        }
        if (username.length() < USERNAME_MIN || username.length() > USERNAME_MAX) {
            return "must be " + USERNAME_MIN + " to " + USERNAME_MAX + " characters";
        }
        for (int i = 0; i < username.length(); i++) {
            char c = username.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '_' && c != '.' && c != '-') {
                return "may contain only letters, digits, '_', '.' and '-'";
            }
        }
        return null;
    }

    /** Strength rule: long enough, letters plus a digit or symbol, and not built on the e-mail or username. */
    public static String password(String password, String email, String username) {
        if (password == null || password.isEmpty()) {
            return "is required";
        }
        if (password.length() < PASSWORD_MIN) {
            return "must be at least " + PASSWORD_MIN + " characters";
        }
        if (password.length() > PASSWORD_MAX) {
            return "must be at most " + PASSWORD_MAX + " characters";
        }
        boolean letter = false;
        boolean digitOrSymbol = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            // outside ASCII counts as a letter: scripts other than Latin, without Unicode tables in the SPA
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c > 0x7F) {
                letter = true;
            } else if (c > ' ') {
                digitOrSymbol = true;
            }
        }
        if (!letter || !digitOrSymbol) {
            return "must contain letters and at least one digit or symbol";
        }
        String lower = asciiLower(password);
        if (containsIgnoringCase(lower, email) || containsIgnoringCase(lower, localPart(email))) {
            return "must not contain your e-mail address";
        }
        if (containsIgnoringCase(lower, username)) {
            return "must not contain your username";
        }
        return null;
    }

    public static String money(String amount) {
        return Money.validate(amount);
    }

    /** A required text of at most maxLength characters (counted as code points). */
    public static String text(String value, int maxLength) {
        if (isBlank(value)) {
            return "is required";
        }
        return optionalText(value, maxLength);
    }

    /** Like {@link #text} but null or empty is fine. */
    public static String optionalText(String value, int maxLength) {
        if (value != null && value.codePointCount(0, value.length()) > maxLength) {
            return "must be at most " + maxLength + " characters";
        }
        return null;
    }

    public static String range(long value, long min, long max) {
        return value < min || value > max ? "must be between " + min + " and " + max : null;
    }

    public static boolean isBlank(String value) {
        return value == null || value.trim().isEmpty();
    }

    private static boolean validDomain(String domain) {
        if (domain.isEmpty() || domain.length() > 253 || domain.indexOf('.') < 0) {
            return false;
        }
        int start = 0;
        while (start <= domain.length()) {
            int end = domain.indexOf('.', start);
            if (end < 0) {
                end = domain.length();
            }
            if (!validLabel(domain, start, end)) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    private static boolean validLabel(String domain, int from, int to) {
        if (to == from || to - from > 63 || domain.charAt(from) == '-' || domain.charAt(to - 1) == '-') {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = domain.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '-' && c < 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static String asciiLower(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] += 'a' - 'A';
            }
        }
        return new String(chars);
    }

    private static String localPart(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at < 0 ? email : email.substring(0, at);
    }

    private static boolean containsIgnoringCase(String lowerHaystack, String needle) {
        return needle != null && needle.trim().length() >= 3 && lowerHaystack.contains(asciiLower(needle.trim()));
    }
}
