package io.inpact.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.inpact.api.accounts.AccountPaths;
import io.inpact.api.common.ApiPaths;
import io.inpact.api.common.ErrorBody;
import io.inpact.testsupport.ApiResponse;
import io.inpact.testsupport.ApiSession;
import io.inpact.testsupport.TestInfra;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Hostile and malformed bodies against every accounts route that takes one: each must be refused with a 4xx
 * in the ErrorBody shape, never a 5xx, never a stack trace.
 */
@MicronautTest(transactional = false)
class BadInputTest implements TestPropertyProvider {

    private static final String JSON = "application/json";
    private static final String HUGE = "x".repeat(1_000_000);
    private static final String SQL = "' OR '1'='1'; DROP TABLE users; --";
    private static final String SCRIPT = "<script>alert(document.cookie)</script>";

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfra.properties());
        // "forgot password" must be configured, or a well-formed request would rightly answer 503
        properties.put("inpact.mail.host", "127.0.0.1");
        properties.put("inpact.mail.port", "9");
        properties.put("inpact.mail.from", "no-reply@inpact.test");
        properties.put("inpact.accounts.public-url", "https://app.inpact.test");
        return properties;
    }

    record Case(String name, Supplier<ApiSession> caller, String method, String path, byte[] body, String type) {
    }

    @Test
    void shouldAnswerEveryHostileBodyWithA4xxErrorBodyAndNever5xx() {
        List<Case> cases = cases();
        List<String> wrong = new ArrayList<>();

        for (Case c : cases) {
            ApiResponse response = c.caller().get().send(c.method(), c.path(), c.body(), c.type(), Map.of());
            String problem = problemWith(response);
            if (problem != null) {
                wrong.add(c.name() + " -> " + problem);
            }
        }

        assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
        assertThat(wrong).isEmpty();
    }

    private static String problemWith(ApiResponse response) {
        if (response.status() < 400 || response.status() > 499) {
            return "status " + response.status() + ": " + abbreviate(response.body());
        }
        String body = response.body();
        if (body.contains("Exception") || body.contains("\tat ") || body.contains("org.postgresql")) {
            return "leaks internals: " + abbreviate(body);
        }
        try {
            ErrorBody error = response.error();
            if (error.status() != response.status() || error.code() == null || error.code().isBlank()
                    || error.message() == null) {
                return "not the ErrorBody shape: " + abbreviate(body);
            }
        } catch (RuntimeException e) {
            return "not JSON ErrorBody: " + abbreviate(body);
        }
        return null;
    }

    private List<Case> cases() {
        Supplier<ApiSession> anonymous = () -> ApiSession.anonymous(server);
        ApiSession creator = ApiSession.creator(server);
        ApiSession brand = ApiSession.brand(server);
        Supplier<ApiSession> asCreator = () -> creator;
        Supplier<ApiSession> asBrand = () -> brand;
        Map<String, Supplier<ApiSession>> callers = Map.of(
                ApiPaths.AUTH_SIGNUP, anonymous, ApiPaths.AUTH_LOGIN, anonymous,
                AccountPaths.FORGOT_PASSWORD, anonymous, AccountPaths.RESET_PASSWORD, anonymous);

        List<Case> cases = new ArrayList<>();
        List<String> jsonTargets = List.of(ApiPaths.AUTH_SIGNUP, ApiPaths.AUTH_LOGIN, AccountPaths.FORGOT_PASSWORD,
                AccountPaths.RESET_PASSWORD, ApiPaths.CREATOR_MY_PROFILE, ApiPaths.BRAND_MY_PROFILE);
        for (String path : jsonTargets) {
            Supplier<ApiSession> caller = callers.getOrDefault(path,
                    path.equals(ApiPaths.CREATOR_MY_PROFILE) ? asCreator : asBrand);
            String method = path.contains("/me/") ? "PUT" : "POST";
            for (Map.Entry<String, byte[]> junk : structuralJunk().entrySet()) {
                cases.add(new Case(method + " " + path + " " + junk.getKey(), caller, method, path, junk.getValue(), JSON));
            }
            cases.add(new Case(method + " " + path + " as text/plain", caller, method, path,
                    utf8("{\"email\":\"a@b.co\"}"), "text/plain"));
            cases.add(new Case(method + " " + path + " as form", caller, method, path,
                    utf8("email=a%40b.co&password=x"), "application/x-www-form-urlencoded"));
        }
        for (String body : signupBodies()) {
            cases.add(new Case("POST signup " + abbreviate(body), anonymous, "POST", ApiPaths.AUTH_SIGNUP, utf8(body), JSON));
        }
        for (String body : loginBodies()) {
            cases.add(new Case("POST login " + abbreviate(body), anonymous, "POST", ApiPaths.AUTH_LOGIN, utf8(body), JSON));
        }
        for (String body : forgotAndResetBodies()) {
            String path = body.contains("token") ? AccountPaths.RESET_PASSWORD : AccountPaths.FORGOT_PASSWORD;
            cases.add(new Case("POST " + path + " " + abbreviate(body), anonymous, "POST", path, utf8(body), JSON));
        }
        for (String body : creatorBodies()) {
            cases.add(new Case("PUT creator profile " + abbreviate(body), asCreator, "PUT",
                    ApiPaths.CREATOR_MY_PROFILE, utf8(body), JSON));
        }
        for (String body : brandBodies()) {
            cases.add(new Case("PUT brand profile " + abbreviate(body), asBrand, "PUT",
                    ApiPaths.BRAND_MY_PROFILE, utf8(body), JSON));
        }
        cases.add(new Case("PUT avatar empty", asCreator, "PUT", AccountPaths.CREATOR_AVATAR, new byte[0], "image/png"));
        cases.add(new Case("PUT avatar html", asCreator, "PUT", AccountPaths.CREATOR_AVATAR, utf8(SCRIPT), "image/png"));
        cases.add(new Case("PUT avatar json", asCreator, "PUT", AccountPaths.CREATOR_AVATAR, utf8("{}"), JSON));
        cases.add(new Case("PUT logo svg", asBrand, "PUT", AccountPaths.BRAND_LOGO,
                utf8("<svg onload=alert(1)></svg>"), "image/svg+xml"));
        cases.add(new Case("PUT logo bytes", asBrand, "PUT", AccountPaths.BRAND_LOGO, invalidUtf8(), "image/jpeg"));
        cases.addAll(mutations(anonymous));
        return cases;
    }

    private static Map<String, byte[]> structuralJunk() {
        Map<String, byte[]> junk = new java.util.LinkedHashMap<>();
        junk.put("empty body", new byte[0]);
        junk.put("open brace", utf8("{"));
        junk.put("array", utf8("[]"));
        junk.put("null", utf8("null"));
        junk.put("number", utf8("42"));
        junk.put("string", utf8("\"hello\""));
        junk.put("single quotes", utf8("{'email':'a@b.co'}"));
        junk.put("missing value", utf8("{\"email\":}"));
        junk.put("trailing garbage", utf8("[] xyz"));
        junk.put("deep nesting", utf8("[".repeat(20_000) + "]".repeat(20_000)));
        junk.put("deep objects", utf8("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)));
        junk.put("invalid utf-8", invalidUtf8());
        junk.put("lone surrogate escape", utf8("{\"email\":\"x\\uD800@b.co\",\"password\":\"\\uDFFF\",\"token\":\"\\uD800\","
                + "\"displayName\":\"\\uD800\",\"companyName\":\"\\uDFFF\"}"));
        junk.put("nul bytes", utf8("{\"email\":\"a\u0000@b.co\",\"username\":\"\u0000\"}"));
        return junk;
    }

    private static List<String> signupBodies() {
        return List.of(
                "{}",
                "{\"email\":1,\"username\":2,\"password\":3,\"role\":4}",
                "{\"email\":true,\"username\":\"abc\",\"password\":\"Long-enough-1\",\"role\":\"CREATOR\"}",
                "{\"email\":{\"$ne\":null},\"username\":\"abc\",\"password\":\"Long-enough-1\",\"role\":\"CREATOR\"}",
                "{\"email\":[\"a@b.co\",\"c@d.co\"],\"username\":\"abc\",\"password\":\"Long-enough-1\",\"role\":\"CREATOR\"}",
                "{\"email\":\"x\\u0000@b.co\",\"username\":\"abc\",\"password\":\"Long-enough-1\",\"role\":\"CREATOR\"}",
                "{\"email\":\"a@b.co\",\"username\":\"abc\",\"password\":\"Long-enough-1\",\"role\":\"ADMIN\"}",
                "{\"email\":\"a@b.co\",\"username\":\"abc\",\"password\":\"Long-enough-1\",\"role\":\"creator \"}",
                "{\"email\":\"a@b.co\",\"username\":\"abc\",\"password\":\"Long-enough-1\",\"role\":null}",
                "{\"email\":\"" + SQL + "\",\"username\":\"abc\",\"password\":\"Long-enough-1\",\"role\":\"BRAND\"}",
                "{\"email\":\"" + SCRIPT + "@x.co\",\"username\":\"abc\",\"password\":\"Long-enough-1\",\"role\":\"BRAND\"}",
                "{\"email\":\"ok@example.com\",\"username\":\"" + SQL + "\",\"password\":\"Long-enough-1\",\"role\":\"BRAND\"}",
                "{\"email\":\"ok@example.com\",\"username\":\"" + SCRIPT + "\",\"password\":\"Long-enough-1\",\"role\":\"BRAND\"}",
                "{\"email\":\"" + HUGE + "@x.co\",\"username\":\"abc\",\"password\":\"Long-enough-1\",\"role\":\"BRAND\"}",
                "{\"email\":\"ok@example.com\",\"username\":\"abc\",\"password\":\"" + HUGE + "1\",\"role\":\"BRAND\"}",
                "{\"email\":\"ok@example.com\",\"username\":\"abc\",\"password\":\"short\",\"role\":\"BRAND\"}",
                "{\"email\":\"ok@example.com\",\"username\":\"abc\",\"password\":\"onlyletterslong\",\"role\":\"BRAND\"}",
                "{\"email\":\"ok@example.com\",\"username\":\"a b\",\"password\":\"Long-enough-1\",\"role\":\"BRAND\"}",
                "{\"email\":\"ok@@example.com\",\"username\":\"abc\",\"password\":\"Long-enough-1\",\"role\":\"BRAND\"}",
                "{\"email\":\"ok@example.com\",\"username\":\"abc\",\"password\":12345678901,\"role\":\"BRAND\"}",
                "{\"email\":\"ok@example.com\",\"username\":\"abc\",\"password\":\"Long-enough-1\",\"role\":[\"BRAND\",\"CREATOR\"]}");
    }

    private static List<String> loginBodies() {
        return List.of(
                "{}",
                "{\"email\":null,\"password\":null}",
                "{\"email\":\"\",\"password\":\"\"}",
                "{\"email\":123,\"password\":456}",
                "{\"email\":{\"$gt\":\"\"},\"password\":{\"$gt\":\"\"}}",
                "{\"email\":\"a@b.co\",\"password\":[1,2,3]}",
                "{\"email\":\"" + HUGE + "\",\"password\":\"x\"}",
                "{\"email\":\"a@b.co\",\"password\":\"" + HUGE + "\"}",
                "{\"email\":\"   \",\"password\":\"Long-enough-1\"}",
                "{\"email\":\"" + SQL + "\",\"password\":\"" + SQL + "\"}");
    }

    private static List<String> forgotAndResetBodies() {
        return List.of(
                "{\"email\":\"" + SQL + "\"}",
                "{\"email\":\"" + SCRIPT + "\"}",
                "{\"email\":42}",
                "{\"email\":\"" + HUGE + "\"}",
                "{\"token\":\"" + SQL + "\",\"password\":\"Long-enough-1\"}",
                "{\"token\":null,\"password\":\"Long-enough-1\"}",
                "{\"token\":\"" + HUGE + "\",\"password\":\"Long-enough-1\"}",
                "{\"token\":\"abc\",\"password\":\"weak\"}",
                "{\"token\":{\"a\":1},\"password\":\"Long-enough-1\"}",
                "{\"token\":\"abc\"}");
    }

    private static List<String> creatorBodies() {
        return List.of(
                "{\"displayName\":\"" + HUGE + "\"}",
                "{\"displayName\":{\"first\":\"A\"}}",
                "{\"displayName\":\"tab\\there\"}",
                "{\"bio\":\"" + "b".repeat(1001) + "\"}",
                "{\"niches\":[\"NOT_A_NICHE\"]}",
                "{\"niches\":[\"" + SQL + "\"]}",
                "{\"niches\":\"FOOD\"}",
                "{\"niches\":[\"FOOD\",\"FOOD\"]}",
                "{\"niches\":[\"FOOD\",\"TECH\",\"GAMING\",\"MUSIC\",\"PETS\",\"HOME\"]}",
                "{\"niches\":[null]}",
                "{\"platforms\":[{\"platform\":\"MYSPACE\",\"handle\":\"x\",\"followers\":1}]}",
                "{\"platforms\":[{\"platform\":\"YOUTUBE\",\"handle\":\"x\",\"followers\":-5}]}",
                "{\"platforms\":[{\"platform\":\"YOUTUBE\",\"handle\":\"x\",\"followers\":1e400}]}",
                "{\"platforms\":[{\"platform\":\"YOUTUBE\",\"handle\":\"x\",\"followers\":99999999999999999999999}]}",
                "{\"platforms\":[{\"platform\":\"YOUTUBE\",\"handle\":\"x\",\"followers\":\"many\"}]}",
                "{\"platforms\":[{\"platform\":\"YOUTUBE\",\"handle\":\"" + SCRIPT + "\",\"followers\":1}]}",
                "{\"platforms\":[{\"platform\":\"YOUTUBE\",\"handle\":\"\",\"followers\":1}]}",
                "{\"platforms\":[null]}",
                "{\"platforms\":{\"platform\":\"YOUTUBE\"}}",
                "{\"audience\":{\"ageShares\":{\"AGE_18_24\":50}}}",
                "{\"audience\":{\"ageShares\":{\"" + SQL + "\":100}}}",
                "{\"audience\":{\"ageShares\":{\"AGE_18_24\":\"fifty\"}}}",
                "{\"audience\":{\"ageShares\":{\"AGE_18_24\":150,\"AGE_25_34\":-50}}}",
                "{\"audience\":{\"ageShares\":{\"AGE_18_24\":[100,0]}}}",
                "{\"audience\":{\"locationShares\":{\"" + SCRIPT + "\":100}}}",
                "{\"audience\":{\"locationShares\":{\"India\":99}}}",
                "{\"audience\":{\"engagementRate\":-1}}",
                "{\"audience\":{\"engagementRate\":\"NaN\"}}",
                "{\"audience\":{\"engagementRate\":1e309}}",
                "{\"audience\":{\"averageViews\":-1}}",
                "{\"audience\":{\"averageAttentionSeconds\":99999999}}",
                "{\"audience\":[]}",
                "{\"priceExpectations\":{\"VIDEO\":\"-5.00\"}}",
                "{\"priceExpectations\":{\"VIDEO\":\"1.999\"}}",
                "{\"priceExpectations\":{\"VIDEO\":\"" + SQL + "\"}}",
                "{\"priceExpectations\":{\"BILLBOARD\":\"10.00\"}}",
                "{\"priceExpectations\":{\"VIDEO\":1500.555}}",
                "{\"priceExpectations\":{\"VIDEO\":\"99999999999999999999.00\"}}",
                "{\"priceExpectations\":[\"VIDEO\"]}");
    }

    private static List<String> brandBodies() {
        return List.of(
                "{\"companyName\":\"" + HUGE + "\"}",
                "{\"companyName\":[1,2]}",
                "{\"website\":\"javascript:alert(1)\"}",
                "{\"website\":\"https://" + SCRIPT + "\"}",
                "{\"website\":\"ftp://acme.example\"}",
                "{\"budgetMin\":\"" + SQL + "\"}",
                "{\"budgetMin\":\"10.00\",\"budgetMax\":\"1.00\"}",
                "{\"budgetMax\":\"-1\"}",
                "{\"targetAudience\":{\"niches\":[\"NOPE\"]}}",
                "{\"targetAudience\":{\"ageGroups\":[\"AGE_0_5\"]}}",
                "{\"targetAudience\":{\"locations\":[\"" + "l".repeat(61) + "\"]}}",
                "{\"targetAudience\":{\"platforms\":[\"" + SCRIPT + "\"]}}",
                "{\"targetAudience\":\"everyone\"}",
                "{\"industry\":{\"nested\":{\"junk\":[1,2,{\"x\":null}]}}}");
    }

    /** Valid bodies with random bytes cut, doubled or replaced: fixed seeds, so a failure is reproducible. */
    private List<Case> mutations(Supplier<ApiSession> anonymous) {
        String valid = "{\"email\":\"mut@example.com\",\"username\":\"mutant\",\"password\":\"Long-enough-1\",\"role\":\"CREATOR\"}";
        List<Case> cases = new ArrayList<>();
        for (int seed = 1; seed <= 25; seed++) {
            Random random = new Random(seed);
            StringBuilder body = new StringBuilder(valid);
            int at = random.nextInt(body.length());
            switch (seed % 3) {
                case 0 -> body.deleteCharAt(at);
                case 1 -> body.insert(at, "\",{[:}");
                default -> body.setCharAt(at, (char) ('!' + random.nextInt(30)));
            }
            // keep only mutations that break the JSON or a rule, so a 201 would be a real failure
            String text = body.toString();
            if (!text.equals(valid) && !text.contains("\"role\":\"CREATOR\"}")) {
                cases.add(new Case("POST signup mutated seed " + seed, anonymous, "POST", ApiPaths.AUTH_SIGNUP,
                        utf8(text), JSON));
            } else if (!text.equals(valid)) {
                cases.add(new Case("POST signup mutated seed " + seed + " without role", anonymous, "POST",
                        ApiPaths.AUTH_SIGNUP, utf8(text.replace("\"role\":\"CREATOR\"", "\"role\":\"X\"")), JSON));
            }
        }
        return cases;
    }

    private static byte[] invalidUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8("{\"email\":\""));
        out.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        out.writeBytes(utf8("@b.co\",\"password\":\"x\"}"));
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }
}
