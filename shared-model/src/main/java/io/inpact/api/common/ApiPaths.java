package io.inpact.api.common;

/**
 * Every HTTP path of the API. Templates with {@code {id}} serve the server's route annotations;
 * the static methods fill them in for the client.
 */
public final class ApiPaths {

    public static final String API = "/api";
    public static final String HEALTH = "/health";
    public static final String SYSTEM_INFO = "/api/system/info";

    public static final String AUTH_SIGNUP = "/api/auth/signup";
    public static final String AUTH_LOGIN = "/api/auth/login";
    public static final String AUTH_LOGOUT = "/api/auth/logout";
    public static final String AUTH_ME = "/api/auth/me";

    public static final String CREATOR_MY_PROFILE = "/api/creators/me/profile";
    public static final String CREATOR = "/api/creators/{id}";
    public static final String CREATOR_MY_MATCHES = "/api/creators/me/matches";
    public static final String CREATOR_MY_PRICING = "/api/creators/me/pricing";
    public static final String BRAND_MY_PROFILE = "/api/brands/me/profile";
    public static final String BRAND = "/api/brands/{id}";

    public static final String CAMPAIGNS = "/api/campaigns";
    public static final String CAMPAIGN = "/api/campaigns/{id}";
    public static final String CAMPAIGN_CLOSE = "/api/campaigns/{id}/close";
    public static final String CAMPAIGN_APPLICATIONS = "/api/campaigns/{id}/applications";
    public static final String CAMPAIGN_MATCHES = "/api/campaigns/{id}/matches";

    public static final String APPLICATIONS_MINE = "/api/applications/mine";
    public static final String APPLICATION_ACCEPT = "/api/applications/{id}/accept";
    public static final String APPLICATION_REJECT = "/api/applications/{id}/reject";
    public static final String APPLICATION_WITHDRAW = "/api/applications/{id}/withdraw";

    public static final String DEALS = "/api/deals";
    public static final String DEAL_PAYMENTS = "/api/deals/{id}/payments";

    public static final String CHAT_CONVERSATIONS = "/api/chat/conversations";
    public static final String CHAT_CONVERSATION_MESSAGES = "/api/chat/conversations/{id}/messages";
    public static final String CHAT_CONVERSATION_READ = "/api/chat/conversations/{id}/read";
    public static final String CHAT_WS = "/api/chat/ws";

    public static final String USER_PRESENCE = "/api/users/{id}/presence";

    private static final String ID = "{id}";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ApiPaths() {
    }

    public static String creator(String id) {
        return withId(CREATOR, id);
    }

    public static String brand(String id) {
        return withId(BRAND, id);
    }

    public static String campaign(String id) {
        return withId(CAMPAIGN, id);
    }

    public static String campaignClose(String id) {
        return withId(CAMPAIGN_CLOSE, id);
    }

    public static String campaignApplications(String id) {
        return withId(CAMPAIGN_APPLICATIONS, id);
    }

    public static String campaignMatches(String id) {
        return withId(CAMPAIGN_MATCHES, id);
    }

    public static String applicationAccept(String id) {
        return withId(APPLICATION_ACCEPT, id);
    }

    public static String applicationReject(String id) {
        return withId(APPLICATION_REJECT, id);
    }

    public static String applicationWithdraw(String id) {
        return withId(APPLICATION_WITHDRAW, id);
    }

    public static String dealPayments(String id) {
        return withId(DEAL_PAYMENTS, id);
    }

    public static String conversationMessages(String id) {
        return withId(CHAT_CONVERSATION_MESSAGES, id);
    }

    public static String conversationRead(String id) {
        return withId(CHAT_CONVERSATION_READ, id);
    }

    public static String userPresence(String id) {
        return withId(USER_PRESENCE, id);
    }

    /** Fills the {@code {id}} of a template with the id, percent-encoded as one path segment. */
    public static String withId(String template, String id) {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("id must not be empty");
        }
        int at = template.indexOf(ID);
        if (at < 0) {
            throw new IllegalArgumentException("path [" + template + "] has no {id}");
        }
        return template.substring(0, at) + encodeSegment(id) + template.substring(at + ID.length());
    }

    /**
     * Percent-encodes everything but RFC 3986 unreserved characters, as UTF-8 (a lone surrogate as '?',
     * like String.getBytes). Encoded by hand: String.getBytes(Charset) would pull the classlib's
     * charset encoders into the browser build.
     */
    public static String encodeSegment(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch < 0x80) {
                appendByte(out, ch);
            } else if (ch < 0x800) {
                appendByte(out, 0xC0 | ch >> 6);
                appendByte(out, 0x80 | ch & 0x3F);
            } else if (Character.isHighSurrogate(ch) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(ch, value.charAt(++i));
                appendByte(out, 0xF0 | cp >> 18);
                appendByte(out, 0x80 | cp >> 12 & 0x3F);
                appendByte(out, 0x80 | cp >> 6 & 0x3F);
                appendByte(out, 0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(ch)) {
                appendByte(out, '?');
            } else {
                appendByte(out, 0xE0 | ch >> 12);
                appendByte(out, 0x80 | ch >> 6 & 0x3F);
                appendByte(out, 0x80 | ch & 0x3F);
            }
        }
        return out.toString();
    }

    private static void appendByte(StringBuilder out, int c) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~') {
            out.append((char) c);
        } else {
            out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
        }
    }
}
