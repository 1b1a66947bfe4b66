package io.inpact.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.inpact.api.accounts.AccountPaths;
import io.inpact.api.accounts.BrandProfile;
import io.inpact.api.accounts.BrandProfileUpdate;
import io.inpact.api.accounts.CreatorProfile;
import io.inpact.api.accounts.CreatorProfileUpdate;
import io.inpact.api.accounts.ImageRef;
import io.inpact.api.accounts.LoginRequest;
import io.inpact.api.accounts.ResetPasswordRequest;
import io.inpact.api.accounts.Role;
import io.inpact.api.accounts.SignupRequest;
import io.inpact.api.common.ApiPaths;
import io.inpact.testsupport.ApiResponse;
import io.inpact.testsupport.ApiSession;
import io.inpact.testsupport.Images;
import io.inpact.testsupport.TestInfra;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Every accounts route called by every kind of caller: anonymous, the creator and brand who own the data, and
 * another creator and brand. Each cell states the status the caller must get.
 */
@MicronautTest(transactional = false)
class AuthorizationMatrixTest implements TestPropertyProvider {

    private static final int OK = 200;
    private static final int CREATED = 201;
    private static final int NO_CONTENT = 204;
    private static final int BAD_REQUEST = 400;
    private static final int UNAUTHORIZED = 401;
    private static final int FORBIDDEN = 403;

    @Inject
    EmbeddedServer server;

    private ApiSession creator;
    private ApiSession brand;
    private ImageRef avatar;

    @Override
    public Map<String, String> getProperties() {
        return TestInfra.properties();
    }

    private void signUpOwners() {
        creator = ApiSession.creator(server);
        brand = ApiSession.brand(server);
        avatar = creator.send("PUT", AccountPaths.CREATOR_AVATAR, Images.png(256), "image/png", Map.of())
                .as(ImageRef.class);
    }

    /** Columns: anonymous, owning creator, owning brand, other creator, other brand. */
    private Map<String, Route> routes() {
        Map<String, Route> routes = new LinkedHashMap<>();
        // before the avatar uploads below, which replace this picture
        routes.put("GET images/{id}", new Route((s, u) -> s.get(avatar.url()), UNAUTHORIZED, OK, OK, OK, OK));
        routes.put("GET me", new Route((s, u) -> s.get(ApiPaths.AUTH_ME), UNAUTHORIZED, OK, OK, OK, OK));
        routes.put("POST signup", new Route((s, u) -> s.copy().post(ApiPaths.AUTH_SIGNUP, newUser()),
                CREATED, CREATED, CREATED, CREATED, CREATED));
        routes.put("POST login", new Route((s, u) -> s.copy().post(ApiPaths.AUTH_LOGIN,
                new LoginRequest(creator.user().email(), creator.password())), OK, OK, OK, OK, OK));
        routes.put("POST reset-password", new Route((s, u) -> s.post(AccountPaths.RESET_PASSWORD,
                new ResetPasswordRequest("not-a-token", "Fresh-secret-99")),
                BAD_REQUEST, BAD_REQUEST, BAD_REQUEST, BAD_REQUEST, BAD_REQUEST));
        routes.put("GET creators/me/profile", new Route((s, u) -> s.get(ApiPaths.CREATOR_MY_PROFILE),
                UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN));
        routes.put("PUT creators/me/profile", new Route((s, u) -> s.put(ApiPaths.CREATOR_MY_PROFILE,
                new CreatorProfileUpdate(u, null, null, null, null, null)),
                UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN));
        routes.put("PUT creators/me/avatar", new Route((s, u) -> s.send("PUT", AccountPaths.CREATOR_AVATAR,
                Images.jpeg(64), "image/jpeg", Map.of()), UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN));
        routes.put("GET creators/{id}", new Route((s, u) -> s.get(ApiPaths.creator(creator.userId())),
                UNAUTHORIZED, OK, OK, OK, OK));
        routes.put("GET brands/me/profile", new Route((s, u) -> s.get(ApiPaths.BRAND_MY_PROFILE),
                UNAUTHORIZED, FORBIDDEN, OK, FORBIDDEN, OK));
        routes.put("PUT brands/me/profile", new Route((s, u) -> s.put(ApiPaths.BRAND_MY_PROFILE,
                new BrandProfileUpdate(u, null, null, null, null, null)),
                UNAUTHORIZED, FORBIDDEN, OK, FORBIDDEN, OK));
        routes.put("PUT brands/me/logo", new Route((s, u) -> s.send("PUT", AccountPaths.BRAND_LOGO,
                Images.webp(64), "image/webp", Map.of()), UNAUTHORIZED, FORBIDDEN, OK, FORBIDDEN, OK));
        routes.put("GET brands/{id}", new Route((s, u) -> s.get(ApiPaths.brand(brand.userId())),
                UNAUTHORIZED, OK, OK, OK, OK));
        // last: it ends the callers' sessions
        routes.put("POST logout", new Route((s, u) -> s.post(ApiPaths.AUTH_LOGOUT, null),
                UNAUTHORIZED, NO_CONTENT, NO_CONTENT, NO_CONTENT, NO_CONTENT));
        return routes;
    }

    @Test
    void shouldAnswerEveryCallerOfEveryRouteAsTheMatrixSays() {
        signUpOwners();
        ApiSession otherCreator = ApiSession.creator(server);
        ApiSession otherBrand = ApiSession.brand(server);
        List<String> mismatches = new ArrayList<>();

        List<ApiSession> callers = List.of(ApiSession.anonymous(server), creator.signInAgain(),
                brand.signInAgain(), otherCreator, otherBrand);
        routes().forEach((name, route) -> {
            List<String> labels = List.of("anonymous", "creator", "brand", "other creator", "other brand");
            for (int i = 0; i < callers.size(); i++) {
                ApiSession caller = callers.get(i);
                String username = caller.user() == null ? "anonymous" : caller.user().username();
                ApiResponse response = route.call().apply(caller, username);
                if (response.status() != route.expected()[i]) {
                    mismatches.add(name + " as " + labels.get(i) + ": expected " + route.expected()[i] + ", got "
                            + response);
                } else if (response.status() >= 400) {
                    assertThat(response.error().status()).as(name + " as " + labels.get(i)).isEqualTo(response.status());
                }
            }
        });

        assertThat(mismatches).isEmpty();
    }

    @Test
    void shouldChangeOnlyTheCallersOwnProfileWhenAnotherUserWrites() {
        ApiSession owner = ApiSession.creator(server);
        ApiSession other = ApiSession.creator(server);
        owner.put(ApiPaths.CREATOR_MY_PROFILE, new CreatorProfileUpdate("Owner", null, null, null, null, null));

        other.put(ApiPaths.CREATOR_MY_PROFILE, new CreatorProfileUpdate("Intruder", null, null, null, null, null));

        assertThat(owner.get(ApiPaths.CREATOR_MY_PROFILE).as(CreatorProfile.class).displayName()).isEqualTo("Owner");
        assertThat(other.get(ApiPaths.CREATOR_MY_PROFILE).as(CreatorProfile.class).displayName()).isEqualTo("Intruder");
    }

    @Test
    void shouldChangeOnlyTheCallersOwnBrandWhenAnotherBrandWrites() {
        ApiSession owner = ApiSession.brand(server);
        ApiSession other = ApiSession.brand(server);
        owner.put(ApiPaths.BRAND_MY_PROFILE, new BrandProfileUpdate("Owner Inc", null, null, null, null, null));

        other.put(ApiPaths.BRAND_MY_PROFILE, new BrandProfileUpdate("Intruder Ltd", null, null, null, null, null));

        assertThat(owner.get(ApiPaths.BRAND_MY_PROFILE).as(BrandProfile.class).companyName()).isEqualTo("Owner Inc");
    }

    private static SignupRequest newUser() {
        String name = "m" + TestInfra.randomHex(6);
        return new SignupRequest(name + "@example.com", name, ApiSession.PASSWORD, Role.CREATOR);
    }

    private record Route(BiFunction<ApiSession, String, ApiResponse> call, int... expected) {
    }
}
