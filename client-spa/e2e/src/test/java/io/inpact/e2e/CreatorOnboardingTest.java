package io.inpact.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A new creator signs up in the browser, completes the onboarding wizard, signs out and back in. */
class CreatorOnboardingTest {

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
    void shouldShowTheProfileAgainWhenANewCreatorOnboardsSignsOutAndSignsBackIn() {
        String name = "e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String email = name + "@example.com";
        String displayName = "Kite Maker " + name.substring(4, 10);

        browser.open("/signup");
        browser.waitFor("signup-page");
        click(By.cssSelector("label.choice:has(#signup-role-creator)"));
        type("#signup-email", email);
        type("#signup-username", name);
        type("#signup-password", Sessions.PASSWORD);
        click(By.cssSelector("#signup-submit"));

        awaitStep("Step 1 of 6");
        type("#displayName", displayName);
        click(By.cssSelector("#wizard-next"));
        awaitStep("Step 2 of 6");
        click(By.cssSelector("#niche-TECH + span"));
        click(By.cssSelector("#wizard-next"));
        awaitStep("Step 3 of 6");
        type("#platform-YOUTUBE-handle", "@" + name);
        type("#platform-YOUTUBE-followers", "125000");
        click(By.cssSelector("#wizard-next"));
        awaitStep("Step 4 of 6");
        type("#age-AGE_18_24", "100");
        type("#location-0-name", "Portugal");
        type("#location-0-share", "100");
        type("#engagementRate", "4.5");
        type("#averageViews", "30000");
        click(By.cssSelector("#wizard-next"));
        awaitStep("Step 5 of 6");
        type("#price-VIDEO", "1500.00");
        click(By.cssSelector("#wizard-next"));
        awaitStep("Step 6 of 6");
        click(By.cssSelector("#wizard-finish"));

        awaitPath("/profile");
        assertThat(browser.waitForText("profile-name")).isEqualTo(displayName);
        assertThat(browser.driver().findElements(Browser.byTest("profile-incomplete")))
                .allMatch(element -> !element.isDisplayed());

        browser.waitFor("signout").click();
        browser.waitFor("nav-signin");
        browser.open("/profile");
        awaitPath("/signin");

        type("#signin-email", email);
        type("#signin-password", Sessions.PASSWORD);
        click(By.cssSelector("#signin-submit"));

        awaitPath("/profile");
        assertThat(browser.waitForText("profile-name")).isEqualTo(displayName);
        assertThat(browser.waitForText("profile-email")).isEqualTo(email);
        String facts = browser.waitForText("profile-facts");
        assertThat(facts).contains("Portugal").contains("1500.00");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private void awaitStep(String prefix) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> d.findElement(Browser.byTest("wizard-step")).getText().startsWith(prefix));
    }

    private void awaitPath(String path) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches(
                "^" + java.util.regex.Pattern.quote(Topology.uri(path).toString()) + "([?#].*)?$"));
    }

    private void type(String css, String text) {
        WebElement field = new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        field.clear();
        field.sendKeys(text);
    }

    private void click(By by) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(by)).click();
    }
}
