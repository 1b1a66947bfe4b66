package io.inpact.spa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutePatternTest {

    @Test
    void shouldMatchRootOnlyWhenPathIsRoot() {
        RoutePattern root = new RoutePattern("/");

        assertEquals(Map.of(), root.match("/"));
        assertNull(root.match("/profile"));
    }

    @Test
    void shouldCaptureDecodedParameterWhenSegmentIsPlaceholder() {
        RoutePattern pattern = new RoutePattern("/creators/:id");

        Map<String, String> params = pattern.match("/creators/a%20b%C3%A9");

        assertEquals(Map.of("id", "a bé"), params);
    }

    @Test
    void shouldIgnoreTrailingSlashWhenMatching() {
        RoutePattern pattern = new RoutePattern("/profile/edit");

        assertEquals(Map.of(), pattern.match("/profile/edit/"));
    }

    @Test
    void shouldNotMatchWhenSegmentCountOrLiteralDiffers() {
        RoutePattern pattern = new RoutePattern("/brands/:id");

        assertNull(pattern.match("/brands"));
        assertNull(pattern.match("/brands/1/extra"));
        assertNull(pattern.match("/creators/1"));
    }

    @Test
    void shouldNotMatchWhenParameterIsBadlyEncoded() {
        RoutePattern pattern = new RoutePattern("/creators/:id");

        assertNull(pattern.match("/creators/%zz"));
    }

    @Test
    void shouldRefusePatternWhenItDoesNotStartWithSlash() {
        assertThrows(IllegalArgumentException.class, () -> new RoutePattern("profile"));
    }
}
