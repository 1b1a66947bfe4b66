package io.inpact.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A thread longer than one history page (30): scrolling to its top loads the older messages once, with the
 * message the reader was looking at left where it was, and nothing shown twice.
 */
class ChatHistoryScrollTest {

    private static final int SEEDED = 45;
    private static final int PAGE = 30;

    /** The list, and the message with the given text: its distance below the list's top edge, and scrollTop. */
    private static final String POSITION = """
            var list = document.querySelector("[data-test='thread-messages']");
            var texts = list.querySelectorAll("[data-test='message'] .text");
            for (var i = 0; i < texts.length; i++) {
              if (texts[i].textContent === arguments[0]) {
                return [texts[i].getBoundingClientRect().top - list.getBoundingClientRect().top, list.scrollTop];
              }
            }
            return null;""";

    private static final String SCROLL_TO_TOP = """
            var list = document.querySelector("[data-test='thread-messages']");
            list.scrollTop = 0;
            for (var i = 0; i < 5; i++) list.dispatchEvent(new Event('scroll'));""";

    private static final String OLDER_REQUESTS = """
            return performance.getEntriesByType('resource')
                .filter(function (e) { return e.name.indexOf('/messages?') > 0 && e.name.indexOf('before=') > 0; }).length;""";

    private static final String TEXTS = """
            return Array.prototype.map.call(document.querySelectorAll("[data-test='message'] .text"),
                function (e) { return e.textContent; });""";

    @Test
    void shouldLoadOlderMessagesOnceWithoutMovingTheViewWhenTheReaderScrollsToTheTop() {
        String brand = Sessions.signUp("BRAND");
        String creator = Sessions.signUp("CREATOR");
        String conversation = Json.string(Http.text(Http.postJson("/api/chat/conversations", brand,
                "{\"participantId\":\"" + Sessions.userId(creator) + "\"}")), "id");
        List<String> seeded = new ArrayList<>();
        try (ChatSocket brandSocket = new ChatSocket(brand); ChatSocket creatorSocket = new ChatSocket(creator)) {
            for (int i = 1; i <= SEEDED; i++) {
                String text = "seed " + (i < 10 ? "0" + i : i);
                (i % 2 == 0 ? creatorSocket : brandSocket).send(conversation, text);
                seeded.add(text);
            }
        }
        String firstShown = seeded.get(SEEDED - PAGE);

        try (Browser browser = new Browser().signIn(brand)) {
            browser.open("/messages/" + conversation);
            awaitCount(browser, PAGE);
            List<?> before = (List<?>) browser.driver().executeScript(POSITION, firstShown);
            double expectedTop = number(before, 0) + number(before, 1);

            browser.driver().executeScript(SCROLL_TO_TOP);
            awaitCount(browser, SEEDED);
            List<?> after = (List<?>) browser.driver().executeScript(POSITION, firstShown);
            Object requests = browser.driver().executeScript(OLDER_REQUESTS);
            List<Object> texts = new ArrayList<>((List<?>) browser.driver().executeScript(TEXTS));

            browser.driver().executeScript(SCROLL_TO_TOP);
            browser.waitFor("thread-start");

            assertThat(number(after, 0)).as("the message in view stays put").isCloseTo(expectedTop, within(2.0));
            assertThat(number(after, 1)).as("the view scrolled down by what was added above").isGreaterThan(0);
            assertThat(texts).containsExactlyElementsOf(seeded);
            assertThat(((Number) requests).intValue()).as("older page requests").isEqualTo(1);
            assertThat(((Number) browser.driver().executeScript(OLDER_REQUESTS)).intValue()).isEqualTo(1);
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    private static double number(List<?> position, int index) {
        assertThat(position).as("message position").isNotNull();
        return ((Number) position.get(index)).doubleValue();
    }

    private static void awaitCount(Browser browser, int count) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(Browser.byTest("message")).size() == count);
    }
}
