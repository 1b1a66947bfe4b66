package io.inpact.api.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void shouldDefaultItemsToEmptyWhenNull() {
        assertEquals(List.of(), new Page<String>(null, 0, 20, 0).items());
    }

    @Test
    void shouldTellWhetherAnotherPageFollows() {
        assertTrue(new Page<>(List.of("a"), 0, 1, 2).hasNext());
        assertFalse(new Page<>(List.of("b"), 1, 1, 2).hasNext());
    }
}
