package io.inpact.api.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ApiPathsTest {

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
}
