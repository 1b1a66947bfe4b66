package io.inpact.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The strict policy nginx sends is enforced by the browser, and the SPA lives within it. */
class ContentSecurityPolicyTest {

    private Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    @Test
    void shouldRaiseNoViolationWhenTheSpaLoadsAndTalksToTheApi() {
        browser.open("/");
        browser.waitForText("system-version");

        assertThat(browser.cspViolations()).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void shouldBlockAndReportInlineScriptAndStyleWhenAPageTriesThem() {
        browser.open("/");
        browser.waitFor("brand");

        browser.driver().executeScript("""
                var script = document.createElement('script');
                script.textContent = 'document.body.setAttribute("data-inline-ran", "yes");';
                document.head.appendChild(script);
                document.querySelector("[data-test='brand']").setAttribute('style', 'display: none');
                """);

        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> browser.cspViolations().size() >= 2);
        assertThat(browser.driver().findElement(org.openqa.selenium.By.tagName("body")).getAttribute("data-inline-ran"))
                .isNull();
        assertThat(browser.waitFor("brand").isDisplayed()).isTrue();
        assertThat(browser.cspViolations())
                .anyMatch(v -> v.startsWith("script-src-elem blocked inline"))
                .anyMatch(v -> v.startsWith("style-src-attr blocked inline"));
    }
}
