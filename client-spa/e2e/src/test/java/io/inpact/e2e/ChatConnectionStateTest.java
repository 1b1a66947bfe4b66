package io.inpact.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Messages page says when the chat connection is lost and when it is back, and chatting goes on after. */
class ChatConnectionStateTest {

    @Test
    void shouldShowConnectionLostWhileTheBrowserIsOfflineAndBackOnlineAfterwards() {
        String brandCookie = Sessions.signUp("BRAND");
        String creatorCookie = Sessions.signUp("CREATOR");
        HttpResponse<byte[]> opened = Http.postJson("/api/chat/conversations", brandCookie,
                "{\"participantId\":\"" + Sessions.userId(creatorCookie) + "\"}");
        assertThat(opened.statusCode()).as(Http.text(opened)).isEqualTo(200);
        String conversation = Json.string(Http.text(opened), "id");

        try (Browser brand = new Browser().signIn(brandCookie)) {
            brand.open("/messages/" + conversation);
            send(brand, "before the outage");
            awaitConfirmed(brand, 1);
            WebElement state = brand.driver().findElement(Browser.byTest("chat-connection"));
            assertThat(state.isDisplayed()).as("the state line while connected").isFalse();

            offline(brand.driver(), true);
            awaitState(brand, state, "Connection lost");

            offline(brand.driver(), false);
            awaitState(brand, state, "Back online");
            send(brand, "after the outage");
            awaitConfirmed(brand, 2);
        }
    }

    private static void offline(ChromeDriver driver, boolean offline) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private static void send(Browser browser, String text) {
        browser.waitFor("composer-text").sendKeys(text);
        browser.waitFor("composer-send").click();
    }

    /** The server has stored {@code count} of the page's messages: their ticks left PENDING. */
    private static void awaitConfirmed(Browser browser, int count) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(Browser.byTest("status-SENT")).size()
                        + d.findElements(Browser.byTest("status-DELIVERED")).size() == count
                        && d.findElements(Browser.byTest("status-PENDING")).isEmpty());
    }

    private static void awaitState(Browser browser, WebElement state, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> state.isDisplayed() && state.getText().contains(text));
    }
}
