package io.inpact.api.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    @Test
    void shouldKeepFirstErrorPerFieldInCheckOrder() {
        FieldErrors errors = FieldErrors.create()
                .check("username", Rules.username("a"))
                .check("email", Rules.email(""))
                .check("username", "second error")
                .check("password", null);

        Map<String, String> map = errors.toMap();

        assertEquals(List.of("username", "email"), List.copyOf(map.keySet()));
        assertEquals("must be 3 to 30 characters", map.get("username"));
        assertEquals("username must be 3 to 30 characters; email is required", errors.summary());
    }

    @Test
    void shouldBeEmptyWhenEveryCheckPasses() {
        FieldErrors errors = FieldErrors.create().check("email", Rules.email("ana@example.com"));

        assertTrue(errors.isEmpty());
        assertTrue(errors.toMap().isEmpty());
    }
}
