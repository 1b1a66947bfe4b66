package io.inpact.api.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ApiPathsTest {

    /** The path table of the HTTP contract (API.md), which may be added to but never renamed. */
    private static final List<String> CONTRACT = List.of("/api/auth/signup", "/api/auth/login", "/api/auth/logout",
            "/api/auth/me", "/api/creators/me/profile", "/api/creators/{id}", "/api/brands/me/profile", "/api/brands/{id}",
            "/api/campaigns", "/api/campaigns/{id}", "/api/campaigns/{id}/close", "/api/campaigns/{id}/applications",
            "/api/applications/mine", "/api/applications/{id}/accept", "/api/applications/{id}/reject",
            "/api/applications/{id}/withdraw", "/api/deals", "/api/deals/{id}/payments", "/api/campaigns/{id}/matches",
            "/api/creators/me/matches", "/api/creators/me/pricing", "/api/chat/conversations",
            "/api/chat/conversations/{id}/messages", "/api/chat/conversations/{id}/read", "/api/users/{id}/presence",
            "/api/chat/ws");

    @Test
    void shouldHoldEveryPathOfTheHttpContract() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        for (Field field : ApiPaths.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                constants.add((String) field.get(null));
            }
        }

        List<String> missing = new ArrayList<>(CONTRACT);
        missing.removeAll(constants);

        assertEquals(List.of(), missing);
        assertTrue(constants.contains(ApiPaths.SYSTEM_INFO));
    }

    @Test
    void shouldFillIdWhenBuildingPath() {
        assertEquals("/api/campaigns/c-42/applications", ApiPaths.campaignApplications("c-42"));
        assertEquals("/api/users/u1/presence", ApiPaths.userPresence("u1"));
    }

    @Test
    void shouldPercentEncodeIdWhenItHasReservedCharacters() {
        assertEquals("/api/creators/a%2Fb%20c%C3%A9%3F", ApiPaths.creator("a/b cé?"));
    }

    @Test
    void shouldRejectEmptyIdWhenBuildingPath() {
        assertThrows(IllegalArgumentException.class, () -> ApiPaths.dealPayments(""));
    }

    @Test
    void shouldPercentEncodeUtf8BytesWhenSegmentHasAnyCharacter() {
        String[] values = {"plain-id_1.2~", "a b/c?d#e%f", "caf\u00e9", "\u20ac100", "\u0800\u07ff\uffff",
            "emoji \ud83d\ude00", "lone \ud83d high", "lone \ude00 low", "end \ud83d", ""};
        for (String value : values) {
            StringBuilder expected = new StringBuilder();
            for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xFF;
                boolean unreserved = Character.isLetterOrDigit(c) && c < 0x80 || "-._~".indexOf(c) >= 0;
                expected.append(unreserved ? String.valueOf((char) c) : String.format("%%%02X", c));
            }

            String encoded = ApiPaths.encodeSegment(value);

            assertEquals(expected.toString(), encoded, value);
        }
    }
}
