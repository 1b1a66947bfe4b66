package io.inpact.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The ways into a conversation: the "Message" button on a public profile, on an application and on a deal
 * lands in the one conversation of the two users, and what is sent there arrives live on the other side.
 */
class ChatEntryPointsTest {

    private static final String CONVERSATION_PATH = "/messages/[0-9a-f-]{36}";

    @Test
    void shouldStartTheConversationFromAProfileAndDeliverLiveWhenTheMessageButtonIsUsed() {
        String brand = Sessions.signUp("BRAND");
        String creator = Sessions.signUp("CREATOR");
        String creatorId = Sessions.userId(creator);
        String creatorName = Json.string(Http.text(Http.get("/api/auth/me", "Cookie", creator)), "username");

        try (Browser brandBrowser = new Browser().signIn(brand); Browser creatorBrowser = new Browser().signIn(creator)) {
            creatorBrowser.open("/messages");
            creatorBrowser.waitFor("conversations-empty");

            brandBrowser.open("/creators/" + creatorId);
            WebElement button = brandBrowser.waitFor("message-user");
            String label = button.getText();
            button.click();
            String conversationPath = awaitConversation(brandBrowser);
            brandBrowser.waitFor("composer-text").sendKeys("Saw your profile, shall we talk?");
            brandBrowser.waitFor("composer-send").click();

            creatorBrowser.waitFor("unread").click();
            awaitMessage(creatorBrowser, "Saw your profile, shall we talk?");
            creatorBrowser.waitFor("composer-text").sendKeys("Happy to!");
            creatorBrowser.waitFor("composer-send").click();
            awaitMessage(brandBrowser, "Happy to!");

            assertThat(label).isEqualTo("Message " + creatorName);
            assertThat(conversationPath).isEqualTo("/messages/" + conversationOf(brand, creatorId));
            assertThat(creatorBrowser.path()).isEqualTo(conversationPath);
            assertThat(brandBrowser.consoleErrors()).isEmpty();
            assertThat(creatorBrowser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void shouldLandBothSidesInTheirOneConversationWhenTheyUseTheButtonsOfAnApplicationAndADeal() {
        String brand = Sessions.signUp("BRAND");
        String creator = Sessions.signUp("CREATOR");
        String brandId = Sessions.userId(brand);
        String brandName = Json.string(Http.text(Http.get("/api/auth/me", "Cookie", brand)), "username");
        String campaignId = Json.string(Http.text(created(Http.postJson("/api/campaigns", brand, CAMPAIGN))), "id");
        String applicationId = Json.string(Http.text(created(Http.postJson("/api/campaigns/" + campaignId
                + "/applications", creator, "{\"proposal\":\"I review gear every week.\",\"proposedFee\":\"600.00\"}"))), "id");
        assertThat(Http.postJson("/api/applications/" + applicationId + "/accept", brand, "").statusCode()).isEqualTo(200);

        try (Browser brandBrowser = new Browser().signIn(brand); Browser creatorBrowser = new Browser().signIn(creator)) {
            brandBrowser.open("/campaigns/" + campaignId);
            WebElement row = brandBrowser.waitFor("application-row");
            List<WebElement> mine = brandBrowser.driver().findElements(
                    By.cssSelector("[data-test='message-user'][data-user='" + brandId + "']"));
            row.findElement(Browser.byTest("message-user")).click();
            String fromApplication = awaitConversation(brandBrowser);

            creatorBrowser.open("/dashboard");
            WebElement deal = creatorBrowser.waitFor("deal-row");
            WebElement dealButton = deal.findElement(Browser.byTest("message-user"));
            String label = dealButton.getText();
            dealButton.click();
            String fromDeal = awaitConversation(creatorBrowser);

            brandBrowser.waitFor("composer-text").sendKeys("Welcome aboard");
            brandBrowser.waitFor("composer-send").click();
            awaitMessage(creatorBrowser, "Welcome aboard");

            assertThat(mine).as("never offered to message yourself").isEmpty();
            assertThat(label).isEqualTo("Message " + brandName);
            assertThat(fromDeal).isEqualTo(fromApplication);
            assertThat(brandBrowser.consoleErrors()).isEmpty();
            assertThat(creatorBrowser.consoleErrors()).isEmpty();
        }
    }

    private static final String CAMPAIGN = "{\"title\":\"Gear week\",\"description\":\"Show our new gear to people who"
            + " train every day.\",\"niche\":\"FITNESS\",\"deliverables\":[{\"platform\":\"YOUTUBE\",\"type\":\"VIDEO\","
            + "\"count\":1}],\"ageGroups\":[\"AGE_18_24\"],\"locations\":[\"India\"],\"minEngagementRate\":3.0,"
            + "\"budgetMin\":\"500.00\",\"budgetMax\":\"1000.00\",\"status\":\"OPEN\"}";

    private static HttpResponse<byte[]> created(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(Http.text(response)).isEqualTo(201);
        return response;
    }

    /** The conversation the API hands out for the pair: the same every time it is asked. */
    private static String conversationOf(String cookie, String otherUserId) {
        HttpResponse<byte[]> opened = Http.postJson("/api/chat/conversations", cookie,
                "{\"participantId\":\"" + otherUserId + "\"}");
        assertThat(opened.statusCode()).as(Http.text(opened)).isEqualTo(200);
        return Json.string(Http.text(opened), "id");
    }

    /** Waits until the Messages page replaced /messages?with=… by the conversation's own address. */
    private static String awaitConversation(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> browser.path().matches(CONVERSATION_PATH));
        browser.waitFor("composer-text");
        return browser.path();
    }

    private static void awaitMessage(Browser browser, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(Browser.byTest("message")).stream()
                        .map(WebElement::getText).anyMatch(t -> t.contains(text)));
    }
}
