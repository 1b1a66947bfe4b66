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
        String conversation = open(brandCookie, creatorCookie);

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

    @Test
    void shouldTickEveryMessageOfABurstDeliveredThenSeenWhenTheOtherTabHasItOnAnotherPage() {
        String brandCookie = Sessions.signUp("BRAND");
        String creatorCookie = Sessions.signUp("CREATOR");
        String conversation = open(brandCookie, creatorCookie);

        try (Browser brand = new Browser().signIn(brandCookie); Browser creator = new Browser().signIn(creatorCookie);
             ChatSocket brandsOtherDevice = new ChatSocket(brandCookie)) {
            creator.open("/dashboard");
            creator.waitFor("creator-dashboard");
            brand.open("/messages/" + conversation);
            brand.waitFor("presence-online");

            // the creator's tab acknowledges the first at once and the next two together, by seq: the brand's
            // tab ticks the middle one only by applying the status up to that seq
            for (int i = 1; i <= 3; i++) {
                brandsOtherDevice.send(conversation, "Burst " + i);
            }
            awaitTicks(brand, "status-DELIVERED", 3);
            assertThat(brand.driver().findElements(Browser.byTest("status-SEEN"))).isEmpty();

            creator.open("/messages/" + conversation);
            awaitTicks(brand, "status-SEEN", 3);
            assertThat(brand.consoleErrors()).isEmpty();
            assertThat(creator.consoleErrors()).isEmpty();
        }
    }

    @Test
    void shouldNameByDisplayNameAndShowTypingInTheListWhenAnotherConversationIsTyped() {
        String brandCookie = Sessions.signUp("BRAND");
        String creatorCookie = Sessions.signUp("CREATOR");
        String unnamedCookie = Sessions.signUp("CREATOR");
        name(brandCookie, "/api/brands/me/profile", "{\"companyName\":\"Acme Drinks\"}");
        name(creatorCookie, "/api/creators/me/profile", "{\"displayName\":\"Maya Runs\"}");
        String unnamed = Json.string(Http.text(Http.get("/api/auth/me", "Cookie", unnamedCookie)), "username");
        String withCreator = open(brandCookie, creatorCookie);
        String withUnnamed = open(brandCookie, unnamedCookie);

        try (Browser brand = new Browser().signIn(brandCookie); Browser creator = new Browser().signIn(creatorCookie)) {
            brand.open("/messages/" + withUnnamed);
            creator.open("/messages/" + withCreator);
            assertThat(brand.waitForText("thread-head")).isEqualTo(unnamed);
            assertThat(brand.driver().findElement(Browser.byTest("thread-handle")).isDisplayed()).isFalse();
            assertThat(creator.waitForText("thread-head")).isEqualTo("Acme Drinks");
            assertThat(creator.waitForText("thread-handle")).startsWith("@e2e_");
            await(brand, Duration.ofSeconds(20), "Maya Runs", "No messages yet");

            creator.waitFor("composer-text").sendKeys("Ready");
            await(brand, Duration.ofSeconds(10), "Maya Runs", "typing…");
            // shown for as long as the open thread shows it (4 s), then the preview again
            await(brand, Duration.ofSeconds(10), "Maya Runs", "No messages yet");

            creator.waitFor("composer-text").sendKeys(" to film");
            await(brand, Duration.ofSeconds(10), "Maya Runs", "typing…");
            creator.waitFor("composer-send").click();
            // the message ends "typing…" at once, well before its 4 s are up
            await(brand, Duration.ofSeconds(3), "Maya Runs", "Ready to film");

            assertThat(brand.driver().findElements(Browser.byTest("thread-head")).get(0).getText()).isEqualTo(unnamed);
            assertThat(brand.consoleErrors()).isEmpty();
            assertThat(creator.consoleErrors()).isEmpty();
        }
    }

    /** The conversation between the two accounts, opened by the first through the API. */
    private static String open(String cookie, String otherCookie) {
        String otherId = Sessions.userId(otherCookie);
        HttpResponse<byte[]> opened = Http.postJson("/api/chat/conversations", cookie,
                "{\"participantId\":\"" + otherId + "\"}");
        assertThat(opened.statusCode()).as(Http.text(opened)).isEqualTo(200);
        return Json.string(Http.text(opened), "id");
    }

    /** Saves a profile holding only a name, as the profile page would. */
    private static void name(String cookie, String path, String json) {
        HttpResponse<byte[]> saved = Http.send(Http.request(path, "Cookie", cookie,
                        "Content-Type", "application/json", "Origin", Topology.baseUrl().toString())
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
        assertThat(saved.statusCode()).as(Http.text(saved)).isEqualTo(200);
    }

    /** Waits until a list item shows both texts (the name and what stands in its preview line). */
    private static void await(Browser browser, Duration timeout, String name, String preview) {
        new WebDriverWait(browser.driver(), timeout).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(Browser.byTest("conversation")).stream().map(WebElement::getText)
                        .anyMatch(t -> t.contains(name) && t.contains(preview)));
    }

    private static void awaitTicks(Browser browser, String status, int count) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(Browser.byTest(status)).size() == count);
    }

    private static void await(Browser browser, String text) {
        // The conversation re-renders its list as messages arrive: an element found may be replaced before it is read.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(Browser.byTest("message"))
                .stream().map(WebElement::getText).anyMatch(t -> t.contains(text)));
    }
}
