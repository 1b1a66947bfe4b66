package io.inpact.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SPA, served by nginx, shows live data that it fetched from the backend through nginx's /api. */
class HomePageTest {

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void shouldShowServerVersionAndHealthWhenHomePageIsOpenedThroughNginx() {
        String version = Json.string(Http.text(Http.get("/api/system/info")), "version");

        browser.open("/");

        assertThat(browser.waitForText("system-version")).contains(version);
        assertThat(browser.waitForText("health-postgres")).containsIgnoringCase("up");
        assertThat(browser.waitForText("health-redis")).containsIgnoringCase("up");
    }

    @Test
    void shouldRenderTheRoutesPageWhenADeepLinkIsOpenedDirectly() {
        browser.open("/signup?role=BRAND");

        assertThat(browser.waitFor("signup-page").isDisplayed()).isTrue();
        assertThat(browser.waitFor("brand").getText()).contains("InPact");
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(Topology.uri("/signup?role=BRAND").toString());
    }
}
