package io.inpact.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Two browser sessions, a brand and a creator, chatting live on the Messages page through nginx. */
class ChatTwoBrowsersTest {

    @Test
    void shouldDeliverLiveAndTurnReceiptToSeenWhenTwoBrowsersChat() {
        String brandCookie = Sessions.signUp("BRAND");
        String creatorCookie = Sessions.signUp("CREATOR");
        String creatorId = Json.string(Http.text(Http.get("/api/auth/me", "Cookie", creatorCookie)), "id");
        HttpResponse<byte[]> opened = Http.send(Http.request("/api/chat/conversations",
                        "Content-Type", "application/json", "Origin", Topology.baseUrl().toString(), "Cookie", brandCookie)
                .POST(HttpRequest.BodyPublishers.ofString("{\"participantId\":\"" + creatorId + "\"}")).build());
        assertThat(opened.statusCode()).as(Http.text(opened)).isEqualTo(200);
        String conversation = Json.string(Http.text(opened), "id");

        try (Browser brand = new Browser().signIn(brandCookie); Browser creator = new Browser().signIn(creatorCookie)) {
            brand.open("/messages/" + conversation);
            creator.open("/messages/" + conversation);
            brand.waitFor("composer-text");
            creator.waitFor("composer-text");

            brand.waitFor("composer-text").sendKeys("Hello from the brand");
            brand.waitFor("composer-send").click();

            await(creator, "Hello from the brand");
            new WebDriverWait(brand.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(d -> !d.findElements(Browser.byTest("status-SEEN")).isEmpty());

            creator.waitFor("composer-text").sendKeys("Hello back");
            creator.waitFor("composer-send").click();
            await(brand, "Hello back");

            assertThat(brand.consoleErrors()).isEmpty();
            assertThat(creator.consoleErrors()).isEmpty();
        }
    }

    private static void await(Browser browser, String text) {
        // The conversation re-renders its list as messages arrive: an element found may be replaced before it is read.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(Browser.byTest("message"))
                .stream().map(WebElement::getText).anyMatch(t -> t.contains(text)));
    }
}
