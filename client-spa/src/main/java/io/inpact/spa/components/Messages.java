package io.inpact.spa.components;

/** Turns a rule's message ("is required") into something to show beside a field ("Is required."). */
public final class Messages {

    private Messages() {
    }

    public static String sentence(String message) {
        if (message == null || message.isEmpty()) {
            return "";
        }
        String text = upperFirst(message);
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '?' ? text : text + ".";
    }

    /** Upper-cases a leading ASCII letter only: no Unicode case tables in the browser build. */
    public static String upperFirst(String text) {
        char first = text.charAt(0);
        return first >= 'a' && first <= 'z' ? (char) (first - 32) + text.substring(1) : text;
    }
}
