package io.inpact.spa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.inpact.api.accounts.Role;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final RouteTable<String> routes = new RouteTable<String>()
            .add("/", Access.PUBLIC, "home")
            .add("/signin", Access.GUEST, "signin")
            .add("/profile", Access.SIGNED_IN, "profile")
            .add("/creators/:id", Access.SIGNED_IN, "creator")
            .add("/pricing", Access.CREATOR, "pricing")
            .add("/campaigns/new", Access.BRAND, "new-campaign");

    @Test
    void shouldRenderPublicRouteWhenSignedOut() {
        RouteTable.Resolution<String> resolution = routes.resolve("/", "", null);

        assertEquals(RouteTable.Outcome.RENDER, resolution.outcome());
        assertEquals("home", resolution.route().factory());
    }

    @Test
    void shouldSendToSignInWithReturnAddressWhenSignedOutOpensGuardedRoute() {
        RouteTable.Resolution<String> resolution = routes.resolve("/creators/42", "?tab=audience", null);

        assertEquals(RouteTable.Outcome.REDIRECT, resolution.outcome());
        assertEquals("/signin?next=%2Fcreators%2F42%3Ftab%3Daudience", resolution.redirectTo());
    }

    @Test
    void shouldReturnWhereTheUserWasGoingWhenSignedInUserOpensSignIn() {
        RouteTable.Resolution<String> resolution =
                routes.resolve("/signin", "?next=%2Fcreators%2F42%3Ftab%3Daudience", Role.BRAND);

        assertEquals(RouteTable.Outcome.REDIRECT, resolution.outcome());
        assertEquals("/creators/42?tab=audience", resolution.redirectTo());
    }

    @Test
    void shouldSkipToProfileWhenSignedInUserOpensSignInWithoutNext() {
        assertEquals("/profile", routes.resolve("/signin", "", Role.CREATOR).redirectTo());
    }

    @Test
    void shouldIgnoreNextWhenItPointsOffSite() {
        assertEquals("/profile", routes.resolve("/signin", "?next=%2F%2Fevil.example", Role.CREATOR).redirectTo());
        assertEquals("/profile", routes.resolve("/signin", "?next=https%3A%2F%2Fevil.example", Role.CREATOR).redirectTo());
        assertEquals("/profile", routes.resolve("/signin", "?next=%2F%5Cevil.example", Role.CREATOR).redirectTo());
    }

    @Test
    void shouldRenderWithParamsWhenSignedInUserOpensGuardedRoute() {
        RouteTable.Resolution<String> resolution = routes.resolve("/creators/42", "?tab=audience", Role.BRAND);

        assertEquals(RouteTable.Outcome.RENDER, resolution.outcome());
        assertEquals(Map.of("id", "42"), resolution.params());
        assertEquals("audience", resolution.query().get("tab"));
    }

    @Test
    void shouldDenyWhenRoleDoesNotFitRoute() {
        assertEquals(RouteTable.Outcome.DENIED, routes.resolve("/pricing", "", Role.BRAND).outcome());
        assertEquals(RouteTable.Outcome.DENIED, routes.resolve("/campaigns/new", "", Role.CREATOR).outcome());
        assertEquals(RouteTable.Outcome.RENDER, routes.resolve("/pricing", "", Role.CREATOR).outcome());
    }

    @Test
    void shouldAnswerNotFoundWhenNoRouteMatches() {
        assertEquals(RouteTable.Outcome.NOT_FOUND, routes.resolve("/nowhere", "", null).outcome());
    }

    @Test
    void shouldTakeFirstMatchingRouteWhenPatternsOverlap() {
        RouteTable<String> overlapping = new RouteTable<String>()
                .add("/creators/me", Access.PUBLIC, "mine")
                .add("/creators/:id", Access.PUBLIC, "any");

        assertEquals("mine", overlapping.resolve("/creators/me", "", null).route().factory());
        assertEquals("any", overlapping.resolve("/creators/7", "", null).route().factory());
    }
}
