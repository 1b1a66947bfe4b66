package io.inpact.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chat is live on every page of a signed-in tab, not only on Messages: a new message counts in the
 * navigation at once and is acknowledged as delivered to the device that shows it.
 */
class ChatOnEveryPageTest {

    @Test
    void shouldCountAndAcknowledgeANewMessageLiveWhenTheRecipientIsOnAnotherPage() throws InterruptedException {
        String brand = Sessions.signUp("BRAND");
        String creator = Sessions.signUp("CREATOR");
        String creatorId = Sessions.userId(creator);
        String conversation = Json.string(Http.text(Http.postJson("/api/chat/conversations", brand,
                "{\"participantId\":\"" + creatorId + "\"}")), "id");

        try (Browser creatorBrowser = new Browser().signIn(creator); ChatSocket brandSocket = new ChatSocket(brand)) {
            creatorBrowser.open("/dashboard");
            creatorBrowser.waitFor("creator-dashboard");
            awaitBody("/api/users/" + creatorId + "/presence", brand, "\"online\":true");

            brandSocket.send(conversation, "Are you free next week?");

            new WebDriverWait(creatorBrowser.driver(), Duration.ofSeconds(5))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> "1".equals(d.findElement(Browser.byTest("nav-unread")).getText()));
            awaitBody("/api/chat/conversations/" + conversation + "/messages", brand, "\"status\":\"DELIVERED\"");
            assertThat(creatorBrowser.path()).isEqualTo("/dashboard");
            assertThat(creatorBrowser.consoleErrors()).isEmpty();
        }
    }

    /** Asks until the answer contains the text, for at most 5 seconds (the navigation's own poll is 20). */
    private static void awaitBody(String path, String cookie, String text) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = Http.text(Http.get(path, "Cookie", cookie));
            if (body.contains(text)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " never answered " + text + "; last: " + body);
    }
}
