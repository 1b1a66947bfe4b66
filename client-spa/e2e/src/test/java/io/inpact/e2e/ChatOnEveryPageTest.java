package io.inpact.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chat is live on every page of a signed-in tab, not only on Messages: a new message counts in the
 * navigation at once and is acknowledged as delivered to the device that shows it, a burst as well as one.
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

            for (int i = 1; i <= 4; i++) {
                brandSocket.send(conversation, "Or the week after? " + i);
            }
            new WebDriverWait(creatorBrowser.driver(), Duration.ofSeconds(5))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> "5".equals(d.findElement(Browser.byTest("nav-unread")).getText()));
            awaitBody("/api/chat/conversations/" + conversation + "/messages", brand,
                    body -> body.split("\"status\":\"DELIVERED\"", -1).length - 1 == 5, "five DELIVERED messages");
            assertThat(creatorBrowser.path()).isEqualTo("/dashboard");
            assertThat(creatorBrowser.consoleErrors()).isEmpty();
        }
    }

    /** Asks until the answer contains the text, for at most 5 seconds (the navigation's own poll is 20). */
    private static void awaitBody(String path, String cookie, String text) throws InterruptedException {
        awaitBody(path, cookie, body -> body.contains(text), text);
    }

    private static void awaitBody(String path, String cookie, Predicate<String> answer, String expected)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = Http.text(Http.get(path, "Cookie", cookie));
            if (answer.test(body)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " never answered " + expected + "; last: " + body);
    }
}
