package io.inpact.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The marketplace end to end in a real browser through nginx: a brand publishes a campaign in the editor,
 * a creator finds it by searching, sees the match explanation and applies with the recommended fee, and the
 * brand accepts the application on the campaign page.
 */
class MarketplaceFlowTest {

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
    void shouldCarryACampaignFromPublishingToAnAcceptedApplicationWhenBrandAndCreatorUseTheApp() {
        String brand = Sessions.signUp("BRAND");
        String creator = Sessions.signUp("CREATOR");
        putProfile(creator);
        String word = "zq" + UUID.randomUUID().toString().substring(0, 6);

        signInAs(brand);
        browser.open("/campaigns/new");
        type("field-title", word + " protein launch");
        type("field-description", "Film your honest first impressions of our new protein range.");
        new Select(browser.waitFor("field-niche")).selectByValue("FITNESS");
        new Select(browser.waitFor("field-type")).selectByValue("VIDEO");
        type("field-budgetMin", "100.00");
        type("field-budgetMax", "2000.00");
        browser.waitFor("campaign-submit").click();
        String title = browser.waitForText("campaign-title");
        String campaignPath = java.net.URI.create(browser.driver().getCurrentUrl()).getPath();

        signInAs(creator);
        browser.open("/campaigns?q=" + word);
        WebElement card = browser.waitFor("campaign-card");
        card.findElement(By.tagName("a")).click();
        String explanation = browser.waitForText("match-explanation");
        String score = browser.waitForText("match-score");
        waitUntilText("recommended-fee", "Recommended");
        String recommended = browser.waitForText("recommended-fee");
        type("field-proposal", "I train every day and my audience asks about protein.");
        browser.waitFor("apply-submit").click();
        waitUntilText("apply-section", "You applied");

        signInAs(brand);
        browser.open(campaignPath);
        browser.waitFor("accept-application").click();
        waitForAttribute("application-row", "data-status", "ACCEPTED");
        String deals = Http.text(Http.get("/api/deals", "Cookie", brand));

        assertThat(title).contains(word);
        assertThat(explanation).contains("Niche fit").contains("Audience age");
        assertThat(Double.parseDouble(score)).isGreaterThan(0);
        assertThat(recommended).startsWith("Recommended");
        assertThat(deals).contains("\"total\":1").contains(word);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static void putProfile(String cookie) {
        String body = "{\"displayName\":\"E2E Creator\",\"niches\":[\"FITNESS\"],\"audience\":{\"ageShares\":"
                + "{\"AGE_18_24\":100},\"locationShares\":{\"India\":100},\"engagementRate\":4.5,\"averageViews\":20000},"
                + "\"priceExpectations\":{\"VIDEO\":\"500.00\"}}";
        HttpResponse<byte[]> response = Http.send(Http.request("/api/creators/me/profile", "Cookie", cookie,
                        "Content-Type", "application/json", "Origin", Topology.baseUrl().toString())
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).as(Http.text(response)).isEqualTo(200);
    }

    /** Puts the account's session cookie into the browser, as signing in there would. */
    private static void signInAs(String cookieHeader) {
        browser.open("/nginx-health");
        browser.driver().manage().deleteAllCookies();
        String value = cookieHeader.substring(cookieHeader.indexOf('=') + 1);
        browser.driver().manage().addCookie(new Cookie.Builder("INPACT_SESSION", value).path("/").isHttpOnly(true)
                .sameSite("Strict").build());
    }

    private static void type(String dataTest, String text) {
        WebElement field = browser.waitFor(dataTest);
        field.clear();
        field.sendKeys(text);
    }

    private static void waitUntilText(String dataTest, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(Browser.byTest(dataTest)).getText().contains(text));
    }

    private static void waitForAttribute(String dataTest, String attribute, String value) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> value.equals(d.findElement(Browser.byTest(dataTest)).getAttribute(attribute)));
    }
}
