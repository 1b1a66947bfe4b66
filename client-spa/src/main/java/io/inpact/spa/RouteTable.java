package io.inpact.spa;

import io.inpact.api.accounts.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The application's routes in order and the guard that decides, for a location and the current viewer,
 * whether to render a route, redirect, or refuse. Plain Java: it never touches the browser, so the JVM
 * tests run it as is. {@code F} is whatever builds a page.
 */
public final class RouteTable<F> {

    public static final String SIGN_IN = "/signin";
    public static final String DEFAULT_AFTER_SIGN_IN = "/profile";

    private final List<Route<F>> routes = new ArrayList<>();

    public RouteTable<F> add(String pattern, Access access, F factory) {
        routes.add(new Route<>(new RoutePattern(pattern), access, factory));
        return this;
    }

    /**
     * @param path   the location's path, e.g. {@code /creators/42}
     * @param search the location's query, e.g. {@code ?next=%2Fprofile}, may be empty
     * @param role   the signed-in user's role, {@code null} when signed out
     */
    public Resolution<F> resolve(String path, String search, Role role) {
        Query query = Query.parse(search);
        for (Route<F> route : routes) {
            Map<String, String> params = route.pattern().match(path);
            if (params == null) {
                continue;
            }
            switch (route.access()) {
                case GUEST:
                    if (role != null) {
                        return Resolution.redirect(safeNext(query.get("next")));
                    }
                    break;
                case SIGNED_IN:
                case CREATOR:
                case BRAND:
                    if (role == null) {
                        return Resolution.redirect(SIGN_IN + "?next=" + UrlCodec.encode(path + (search == null ? "" : search)));
                    }
                    if (route.access() == Access.CREATOR && role != Role.CREATOR
                            || route.access() == Access.BRAND && role != Role.BRAND) {
                        return Resolution.denied();
                    }
                    break;
                default:
                    break;
            }
            return Resolution.render(route, params, query);
        }
        return Resolution.notFound();
    }

    /** Only a path on this site is a place to return to; anything else falls back to the profile. */
    public static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.startsWith(SIGN_IN)) {
            return DEFAULT_AFTER_SIGN_IN;
        }
        return next;
    }

    public record Route<F>(RoutePattern pattern, Access access, F factory) {
    }

    public enum Outcome { RENDER, REDIRECT, DENIED, NOT_FOUND }

    /** What the router should do with a location. */
    public record Resolution<F>(Outcome outcome, Route<F> route, Map<String, String> params, Query query,
                                String redirectTo) {
        static <F> Resolution<F> render(Route<F> route, Map<String, String> params, Query query) {
            return new Resolution<>(Outcome.RENDER, route, params, query, null);
        }

        static <F> Resolution<F> redirect(String target) {
            return new Resolution<>(Outcome.REDIRECT, null, Map.of(), Query.parse(""), target);
        }

        static <F> Resolution<F> denied() {
            return new Resolution<>(Outcome.DENIED, null, Map.of(), Query.parse(""), null);
        }

        static <F> Resolution<F> notFound() {
            return new Resolution<>(Outcome.NOT_FOUND, null, Map.of(), Query.parse(""), null);
        }
    }
}
