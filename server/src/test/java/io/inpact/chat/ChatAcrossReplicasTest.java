package io.inpact.chat;

import io.inpact.api.accounts.Role;
import io.inpact.api.chat.ChatFrames;
import io.inpact.api.chat.ChatRules;
import io.inpact.api.chat.ClientFrame;
import io.inpact.api.chat.ConversationView;
import io.inpact.api.chat.CreateConversationRequest;
import io.inpact.api.chat.MessageHistory;
import io.inpact.api.chat.MessageStatus;
import io.inpact.api.chat.MessageView;
import io.inpact.api.chat.PresenceView;
import io.inpact.api.chat.UnreadSummary;
import io.inpact.api.common.ErrorBody;
import io.inpact.testsupport.TestInfra;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two backend instances sharing one PostgreSQL and one Redis; users sit on different instances. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatAcrossReplicasTest {

    private Map<String, String> shared;
    private Replica one;
    private Replica two;

    @BeforeAll
    void startReplicas() {
        shared = Replica.sharedProperties();
        shared.put("inpact.chat.heartbeat", "200ms");
        shared.put("inpact.chat.presence-ttl", "1s");
        one = Replica.start(shared);
        two = Replica.start(shared);
    }

    @AfterAll
    void stopReplicas() {
        one.close();
        two.close();
    }

    @Test
    void shouldDeliverMessagesAndStatusesLiveWhenParticipantsAreOnDifferentReplicas() {
        TestUser brand = one.signUp(Role.BRAND);
        TestUser creator = two.signUp(Role.CREATOR);
        String conversation = open(one, brand, creator).id();
        try (LiveSocket a = LiveSocket.open(one, brand); LiveSocket b = LiveSocket.open(two, creator)) {
            a.send(ClientFrame.send("c-1", conversation, "Hello from the brand"));

            Map<String, Object> mine = LiveSocket.message(a.await(ChatFrames.MESSAGE, f -> true));
            Map<String, Object> theirs = LiveSocket.message(b.await(ChatFrames.MESSAGE, f -> true));
            assertThat(mine).containsEntry("clientId", "c-1").containsEntry("status", "SENT")
                    .containsEntry("text", "Hello from the brand");
            assertThat(theirs.get("id")).isEqualTo(mine.get("id"));
            assertThat(theirs).doesNotContainKey("clientId");
            String messageId = (String) mine.get("id");

            b.send(ClientFrame.ack(messageId));
            assertThat(a.await(ChatFrames.STATUS, f -> messageId.equals(f.get("messageId"))))
                    .containsEntry("status", "DELIVERED");

            assertThat(two.post(creator, "/api/chat/conversations/" + conversation + "/read", null).statusCode())
                    .isEqualTo(204);
            assertThat(a.await(ChatFrames.STATUS, f -> "SEEN".equals(f.get("status"))))
                    .containsEntry("messageId", messageId);
            assertThat(b.await(ChatFrames.READ, f -> true)).containsEntry("conversationId", conversation);

            b.send(ClientFrame.send("c-2", conversation, "Hello back"));
            Map<String, Object> reply = LiveSocket.message(a.await(ChatFrames.MESSAGE,
                    f -> "Hello back".equals(LiveSocket.message(f).get("text"))));
            a.send(ClientFrame.ack((String) reply.get("id")));
            assertThat(b.await(ChatFrames.STATUS, f -> reply.get("id").equals(f.get("messageId"))))
                    .containsEntry("status", "DELIVERED");
        }
        List<String> seenByBrand = history(one, brand, conversation).items().stream().map(MessageView::text).toList();
        List<String> seenByCreator = history(two, creator, conversation).items().stream().map(MessageView::text).toList();
        assertThat(seenByBrand).containsExactly("Hello back", "Hello from the brand");
        assertThat(seenByCreator).isEqualTo(seenByBrand);
        assertThat(history(one, brand, conversation).items().get(1).status()).isEqualTo(MessageStatus.SEEN);
    }

    @Test
    void shouldNameEveryMessageInOneStatusFrameWhenSeveralAreAcknowledgedOrReadTogether() {
        TestUser brand = one.signUp(Role.BRAND);
        TestUser creator = two.signUp(Role.CREATOR);
        String conversation = open(one, brand, creator).id();
        try (LiveSocket a = LiveSocket.open(one, brand); LiveSocket b = LiveSocket.open(two, creator)) {
            List<String> ids = burst(a, b, conversation, "burst", 3).stream().map(m -> (String) m.get("id")).toList();

            b.send(ClientFrame.ack(List.of(ids.get(2), ids.get(0), ids.get(1))));
            Map<String, Object> delivered = a.await(ChatFrames.STATUS, f -> "DELIVERED".equals(f.get("status")));
            assertThat(delivered.get("messageIds")).isEqualTo(ids);
            assertThat(delivered).containsEntry("messageId", ids.get(2)).containsEntry("conversationId", conversation);

            assertThat(two.post(creator, "/api/chat/conversations/" + conversation + "/read", null).statusCode())
                    .isEqualTo(204);
            Map<String, Object> seen = a.await(ChatFrames.STATUS, f -> "SEEN".equals(f.get("status")));
            assertThat(seen.get("messageIds")).isEqualTo(ids);
            assertThat(a.drain(Duration.ofMillis(300))).noneMatch(f -> ChatFrames.STATUS.equals(f.get("type")));
        }
    }

    @Test
    void shouldRefuseAWholeAckWhenOneOfItsIdsIsBadOrItNamesTooMany() {
        TestUser brand = one.signUp(Role.BRAND);
        TestUser creator = two.signUp(Role.CREATOR);
        String conversation = open(one, brand, creator).id();
        try (LiveSocket a = LiveSocket.open(one, brand); LiveSocket b = LiveSocket.open(two, creator)) {
            a.send(ClientFrame.send("only", conversation, "only one"));
            String id = (String) LiveSocket.message(b.await(ChatFrames.MESSAGE, f -> true)).get("id");

            b.send(ClientFrame.ack(List.of(id, "not-a-message-id")));
            b.send(ClientFrame.ack(Collections.nCopies(ChatRules.MAX_ACK_IDS + 1, id)));
            b.send(ClientFrame.ack(List.of()));

            for (int i = 0; i < 3; i++) {
                assertThat(b.await(ChatFrames.ERROR, f -> true)).containsEntry("code", ChatFrames.ERROR_INVALID);
            }
            assertThat(a.drain(Duration.ofMillis(300))).noneMatch(f -> ChatFrames.STATUS.equals(f.get("type")));
            assertThat(history(one, brand, conversation).items().get(0).status()).isEqualTo(MessageStatus.SENT);
        }
    }

    @Test
    void shouldTellTheSenderOnTheOtherReplicaThatEverythingUpToAnAcknowledgedSeqWasDelivered() {
        TestUser brand = one.signUp(Role.BRAND);
        TestUser creator = two.signUp(Role.CREATOR);
        TestUser stranger = two.signUp(Role.CREATOR);
        String conversation = open(one, brand, creator).id();
        try (LiveSocket a = LiveSocket.open(one, brand); LiveSocket b = LiveSocket.open(two, creator);
             LiveSocket c = LiveSocket.open(two, stranger)) {
            List<Map<String, Object>> received = burst(a, b, conversation, "mark", 3);
            long newest = ((Number) received.get(2).get("seq")).longValue();

            c.send(ClientFrame.ack(conversation, newest));
            assertThat(a.drain(Duration.ofMillis(300))).noneMatch(f -> ChatFrames.STATUS.equals(f.get("type")));

            b.send(ClientFrame.ack(conversation, newest));
            Map<String, Object> delivered = a.await(ChatFrames.STATUS, f -> "DELIVERED".equals(f.get("status")));
            assertThat(delivered).containsEntry("conversationId", conversation)
                    .containsEntry("messageId", received.get(2).get("id"));
            assertThat(((Number) delivered.get("upToSeq")).longValue()).isEqualTo(newest);
            assertThat(history(one, brand, conversation).items()).extracting(MessageView::status)
                    .containsOnly(MessageStatus.DELIVERED);

            b.send(ClientFrame.ack(conversation, newest));
            b.send(ClientFrame.ack(conversation, ((Number) received.get(0).get("seq")).longValue()));
            assertThat(a.drain(Duration.ofMillis(300))).noneMatch(f -> ChatFrames.STATUS.equals(f.get("type")));
        }
    }

    @Test
    void shouldRefuseAnAckByMarkWithoutAConversationOrWithASeqBelowOne() {
        TestUser brand = one.signUp(Role.BRAND);
        TestUser creator = two.signUp(Role.CREATOR);
        String conversation = open(one, brand, creator).id();
        try (LiveSocket a = LiveSocket.open(one, brand); LiveSocket b = LiveSocket.open(two, creator)) {
            a.send(ClientFrame.send("only", conversation, "only one"));
            b.await(ChatFrames.MESSAGE, f -> true);

            b.send(ClientFrame.ack(conversation, 0));
            assertThat(b.await(ChatFrames.ERROR, f -> true)).containsEntry("code", ChatFrames.ERROR_INVALID);
            b.send(ClientFrame.ack("not-a-conversation", 1));
            assertThat(b.await(ChatFrames.ERROR, f -> true)).containsEntry("code", ChatFrames.ERROR_NOT_FOUND);
            b.send(new ClientFrame(ChatFrames.ACK, null, null, null, null, null, 1L));
            assertThat(b.await(ChatFrames.ERROR, f -> true)).containsEntry("code", ChatFrames.ERROR_NOT_FOUND);

            assertThat(a.drain(Duration.ofMillis(300))).noneMatch(f -> ChatFrames.STATUS.equals(f.get("type")));
            assertThat(history(one, brand, conversation).items().get(0).status()).isEqualTo(MessageStatus.SENT);
        }
    }

    /** Sends {@code count} messages one after the other, each once the recipient has it: the recipient's copies. */
    private static List<Map<String, Object>> burst(LiveSocket from, LiveSocket to, String conversation, String prefix,
                                                   int count) {
        List<Map<String, Object>> received = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String text = prefix + " " + i;
            from.send(ClientFrame.send(prefix + "-" + i, conversation, text));
            received.add(LiveSocket.message(to.await(ChatFrames.MESSAGE,
                    f -> text.equals(LiveSocket.message(f).get("text")))));
        }
        return received;
    }

    @Test
    void shouldReachEveryTabWhenUserHasSeveralSockets() {
        TestUser brand = one.signUp(Role.BRAND);
        TestUser creator = two.signUp(Role.CREATOR);
        String conversation = open(one, brand, creator).id();
        try (LiveSocket a = LiveSocket.open(one, brand); LiveSocket b1 = LiveSocket.open(one, creator);
             LiveSocket b2 = LiveSocket.open(two, creator); LiveSocket a2 = LiveSocket.open(two, brand)) {
            a.send(ClientFrame.send("tab-1", conversation, "to every tab"));

            String id = (String) LiveSocket.message(b1.await(ChatFrames.MESSAGE, f -> true)).get("id");
            assertThat(LiveSocket.message(b2.await(ChatFrames.MESSAGE, f -> true))).containsEntry("id", id);
            assertThat(LiveSocket.message(a2.await(ChatFrames.MESSAGE, f -> true)))
                    .containsEntry("id", id).containsEntry("clientId", "tab-1");
        }
    }

    @Test
    void shouldReachOnlyTheParticipantsWhenOtherUsersHaveSocketsOnTheSameReplicas() {
        TestUser brand = one.signUp(Role.BRAND);
        TestUser creator = two.signUp(Role.CREATOR);
        TestUser stranger = one.signUp(Role.CREATOR);
        String conversation = open(one, brand, creator).id();
        try (LiveSocket a = LiveSocket.open(one, brand); LiveSocket b = LiveSocket.open(two, creator);
             LiveSocket nearA = LiveSocket.open(one, stranger); LiveSocket nearB = LiveSocket.open(two, stranger)) {
            a.send(ClientFrame.send("c-1", conversation, "just for you"));
            String id = (String) LiveSocket.message(b.await(ChatFrames.MESSAGE, f -> true)).get("id");
            b.send(ClientFrame.ack(id));
            a.await(ChatFrames.STATUS, f -> true);

            assertThat(nearA.drain(Duration.ofMillis(300))).allMatch(f -> ChatFrames.RESYNC.equals(f.get("type")));
            assertThat(nearB.drain(Duration.ofMillis(300))).allMatch(f -> ChatFrames.RESYNC.equals(f.get("type")));
        }
    }

    @Test
    void shouldStoreOnceWhenSendIsRetriedWithSameClientId() {
        TestUser brand = one.signUp(Role.BRAND);
        TestUser creator = two.signUp(Role.CREATOR);
        String conversation = open(one, brand, creator).id();
        try (LiveSocket a = LiveSocket.open(one, brand)) {
            a.send(ClientFrame.send("retry-1", conversation, "only once"));
            a.send(ClientFrame.send("retry-1", conversation, "only once"));
            Object first = LiveSocket.message(a.await(ChatFrames.MESSAGE, f -> true)).get("id");
            Object second = LiveSocket.message(a.await(ChatFrames.MESSAGE, f -> true)).get("id");
            assertThat(second).isEqualTo(first);
        }
        try (LiveSocket a = LiveSocket.open(two, brand)) {
            a.send(ClientFrame.send("retry-1", conversation, "only once"));
            a.await(ChatFrames.MESSAGE, f -> true);
        }
        assertThat(history(two, creator, conversation).items()).hasSize(1);
    }

    @Test
    void shouldKeepOneConversationWhenBothSidesOpenIt() {
        TestUser brand = one.signUp(Role.BRAND);
        TestUser creator = two.signUp(Role.CREATOR);

        ConversationView fromBrand = open(one, brand, creator);
        ConversationView fromCreator = open(two, creator, brand);
        ConversationView again = open(one, brand, creator);

        assertThat(fromCreator.id()).isEqualTo(fromBrand.id());
        assertThat(again.id()).isEqualTo(fromBrand.id());
        assertThat(fromBrand.other().id()).isEqualTo(creator.id().toString());
        assertThat(fromCreator.other().username()).isEqualTo(brand.username());
    }

    @Test
    void shouldListNewestFirstWithUnreadCountsWhenUserHasConversations() {
        TestUser brand = one.signUp(Role.BRAND);
        TestUser first = two.signUp(Role.CREATOR);
        TestUser second = two.signUp(Role.CREATOR);
        String older = open(one, brand, first).id();
        String newer = open(one, brand, second).id();
        try (LiveSocket a = LiveSocket.open(two, first); LiveSocket b = LiveSocket.open(one, second)) {
            a.send(ClientFrame.send("m1", older, "one"));
            a.send(ClientFrame.send("m2", older, "two"));
            a.await(ChatFrames.MESSAGE, f -> "two".equals(LiveSocket.message(f).get("text")));
            b.send(ClientFrame.send("m3", newer, "three"));
            b.await(ChatFrames.MESSAGE, f -> true);
        }

        Map<?, ?> page = one.read(one.get(brand, "/api/chat/conversations?page=0&size=10").body(), Map.class);
        List<?> items = (List<?>) page.get("items");
        assertThat(items).hasSize(2);
        Map<?, ?> top = (Map<?, ?>) items.get(0);
        Map<?, ?> bottom = (Map<?, ?>) items.get(1);
        assertThat(top.get("id")).isEqualTo(newer);
        assertThat(((Number) top.get("unreadCount")).intValue()).isEqualTo(1);
        assertThat(((Map<?, ?>) bottom.get("lastMessage")).get("text")).isEqualTo("two");
        assertThat(((Number) bottom.get("unreadCount")).intValue()).isEqualTo(2);
        assertThat(((Number) page.get("total")).intValue()).isEqualTo(2);
        assertThat(one.read(one.get(brand, "/api/chat/unread").body(), UnreadSummary.class))
                .isEqualTo(new UnreadSummary(2, 3));

        one.post(brand, "/api/chat/conversations/" + older + "/read", null);

        assertThat(one.read(one.get(brand, "/api/chat/unread").body(), UnreadSummary.class))
                .isEqualTo(new UnreadSummary(1, 1));
        assertThat(one.read(one.get(first, "/api/chat/unread").body(), UnreadSummary.class))
                .isEqualTo(new UnreadSummary(0, 0));
    }

    @Test
    void shouldNameParticipantsByDisplayNameWhenTheirProfilesHaveOne() {
        TestUser brand = one.signUp(Role.BRAND, "Acme Drinks");
        TestUser creator = two.signUp(Role.CREATOR, "Maya Runs");
        TestUser unnamed = two.signUp(Role.CREATOR);
        TestUser blank = one.signUp(Role.CREATOR, "   ");
        ConversationView opened = open(one, brand, creator);
        open(one, brand, unnamed);
        open(one, brand, blank);

        Map<?, ?> brandsPage = one.read(one.get(brand, "/api/chat/conversations").body(), Map.class);
        Map<?, ?> creatorsPage = two.read(two.get(creator, "/api/chat/conversations").body(), Map.class);

        assertThat(opened.other().displayName()).isEqualTo("Maya Runs");
        assertThat(opened.other().username()).isEqualTo(creator.username());
        assertThat(((List<?>) brandsPage.get("items")).stream().map(item -> (Map<?, ?>) ((Map<?, ?>) item).get("other"))
                .map(other -> other.get("username") + "=" + other.get("displayName")))
                .containsExactlyInAnyOrder(creator.username() + "=Maya Runs",
                        unnamed.username() + "=" + unnamed.username(), blank.username() + "=" + blank.username());
        Map<?, ?> brandSide = (Map<?, ?>) ((Map<?, ?>) ((List<?>) creatorsPage.get("items")).get(0)).get("other");
        assertThat(brandSide.get("displayName")).isEqualTo("Acme Drinks");
        assertThat(brandSide.get("username")).isEqualTo(brand.username());
    }

    @Test
    void shouldPageHistoryWhenAskedForOlderMessages() {
        TestUser brand = one.signUp(Role.BRAND);
        TestUser creator = two.signUp(Role.CREATOR);
        String conversation = open(one, brand, creator).id();
        try (LiveSocket a = LiveSocket.open(one, brand)) {
            for (int i = 1; i <= 5; i++) {
                a.send(ClientFrame.send("p" + i, conversation, "message " + i));
            }
            a.await(ChatFrames.MESSAGE, f -> "message 5".equals(LiveSocket.message(f).get("text")));
        }

        MessageHistory newest = read(two, creator, "/api/chat/conversations/" + conversation + "/messages?size=2");
        MessageHistory older = read(two, creator, "/api/chat/conversations/" + conversation
                + "/messages?size=2&before=" + newest.nextBefore());
        MessageHistory oldest = read(two, creator, "/api/chat/conversations/" + conversation
                + "/messages?size=2&before=" + older.nextBefore());

        assertThat(newest.items()).extracting(MessageView::text).containsExactly("message 5", "message 4");
        assertThat(older.items()).extracting(MessageView::text).containsExactly("message 3", "message 2");
        assertThat(oldest.items()).extracting(MessageView::text).containsExactly("message 1");
        assertThat(oldest.hasMore()).isFalse();
        assertThat(newest.items()).allSatisfy(m -> assertThat(m.clientId()).isNull());
    }

    @Test
    void shouldRefuseThirdUserWhenNotParticipant() {
        TestUser brand = one.signUp(Role.BRAND);
        TestUser creator = two.signUp(Role.CREATOR);
        TestUser stranger = one.signUp(Role.CREATOR);
        String conversation = open(one, brand, creator).id();

        HttpResponse<String> history = one.get(stranger, "/api/chat/conversations/" + conversation + "/messages");
        HttpResponse<String> read = one.post(stranger, "/api/chat/conversations/" + conversation + "/read", null);
        try (LiveSocket c = LiveSocket.open(two, stranger)) {
            c.send(ClientFrame.send("intrude", conversation, "let me in"));
            Map<String, Object> error = c.await(ChatFrames.ERROR, f -> true);
            c.send(ClientFrame.typing(conversation));
            Map<String, Object> typingError = c.await(ChatFrames.ERROR, f -> true);

            assertThat(error).containsEntry("code", ChatFrames.ERROR_NOT_FOUND).containsEntry("clientId", "intrude");
            assertThat(typingError).containsEntry("code", ChatFrames.ERROR_NOT_FOUND);
        }
        assertThat(history.statusCode()).isEqualTo(404);
        assertThat(one.read(history.body(), ErrorBody.class).code()).isEqualTo("not_found");
        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(history(one, brand, conversation).items()).isEmpty();
    }

    @Test
    void shouldRefuseAnonymousCallersWhenNotSignedIn() {
        HttpResponse<String> list = one.get(null, "/api/chat/conversations");

        assertThat(list.statusCode()).isEqualTo(401);
        assertThatThrownBy(() -> LiveSocket.attempt(one, null, one.origin())).isInstanceOf(CompletionException.class);
    }

    @Test
    void shouldRefuseSocketWhenOriginIsForeignOrMissing() {
        TestUser brand = one.signUp(Role.BRAND);

        assertThatThrownBy(() -> LiveSocket.attempt(one, brand, "https://evil.example"))
                .isInstanceOf(CompletionException.class);
        assertThatThrownBy(() -> LiveSocket.attempt(one, brand, null)).isInstanceOf(CompletionException.class);
    }

    @Test
    void shouldAnswerClearErrorsWhenInputIsBad() {
        TestUser brand = one.signUp(Role.BRAND);
        TestUser creator = two.signUp(Role.CREATOR);
        String conversation = open(one, brand, creator).id();

        assertThat(one.post(brand, "/api/chat/conversations", new CreateConversationRequest(brand.id().toString()))
                .statusCode()).isEqualTo(400);
        assertThat(one.post(brand, "/api/chat/conversations", new CreateConversationRequest(UUID.randomUUID().toString()))
                .statusCode()).isEqualTo(404);
        assertThat(one.post(brand, "/api/chat/conversations", new CreateConversationRequest(null)).statusCode())
                .isEqualTo(400);
        assertThat(one.get(brand, "/api/chat/conversations?size=1000").statusCode()).isEqualTo(400);
        assertThat(one.get(brand, "/api/chat/conversations/" + conversation + "/messages?before=nope").statusCode())
                .isEqualTo(400);
        assertThat(one.get(brand, "/api/chat/conversations/not-a-uuid/messages").statusCode()).isEqualTo(404);
        try (LiveSocket a = LiveSocket.open(one, brand)) {
            a.send(ClientFrame.send("long", conversation, "x".repeat(ChatRules.MAX_TEXT_LENGTH + 1)));
            a.sendRaw("{not json");
            a.sendRaw("{\"type\":\"dance\"}");
            a.send(ClientFrame.send("", conversation, "no client id"));

            assertThat(a.await(ChatFrames.ERROR, f -> "long".equals(f.get("clientId"))))
                    .containsEntry("code", ChatFrames.ERROR_INVALID);
            assertThat(a.await(ChatFrames.ERROR, f -> true)).containsEntry("code", ChatFrames.ERROR_BAD_FRAME);
            assertThat(a.await(ChatFrames.ERROR, f -> true)).containsEntry("code", ChatFrames.ERROR_BAD_FRAME);
            assertThat(a.await(ChatFrames.ERROR, f -> true)).containsEntry("code", ChatFrames.ERROR_INVALID);
        }
        assertThat(history(one, brand, conversation).items()).isEmpty();
    }

    @Test
    void shouldCloseSocketWhenFrameExceedsLimit() throws Exception {
        TestUser brand = one.signUp(Role.BRAND);
        try (LiveSocket a = LiveSocket.open(one, brand)) {
            a.sendRaw("{\"type\":\"typing\",\"conversationId\":\"" + "x".repeat(ChatRules.MAX_FRAME_BYTES) + "\"}");

            assertThat(a.closed.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(1009);
        }
    }

    @Test
    void shouldRefuseSendsWhenUserSendsTooFast() {
        TestUser brand = one.signUp(Role.BRAND);
        TestUser creator = two.signUp(Role.CREATOR);
        String conversation = open(one, brand, creator).id();
        int attempts = 80;
        long confirmed;
        long refused;
        try (LiveSocket a = LiveSocket.open(one, brand)) {
            for (int i = 0; i < attempts; i++) {
                a.send(ClientFrame.send("fast-" + i, conversation, "spam " + i));
            }
            assertThat(a.await(ChatFrames.ERROR, f -> true)).containsEntry("code", ChatFrames.ERROR_RATE_LIMITED);
            // sends are stored in batches: the refusals can come before the accepted ones are confirmed
            List<Map<String, Object>> rest = a.drain(Duration.ofSeconds(2));
            confirmed = rest.stream().filter(f -> ChatFrames.MESSAGE.equals(f.get("type"))).count();
            refused = 1 + rest.stream().filter(f -> ChatFrames.ERROR.equals(f.get("type"))
                    && ChatFrames.ERROR_RATE_LIMITED.equals(f.get("code"))).count();
        }
        assertThat(confirmed + refused).isEqualTo(attempts);
        assertThat(confirmed).isLessThan(attempts).isGreaterThanOrEqualTo(40);
        assertThat(history(one, brand, conversation).items()).hasSize((int) confirmed);
    }

    @Test
    void shouldForwardTypingToTheOtherParticipantOnly() {
        TestUser brand = one.signUp(Role.BRAND);
        TestUser creator = two.signUp(Role.CREATOR);
        String conversation = open(one, brand, creator).id();
        try (LiveSocket a = LiveSocket.open(one, brand); LiveSocket b = LiveSocket.open(two, creator)) {
            a.send(ClientFrame.typing(conversation));

            assertThat(b.await(ChatFrames.TYPING, f -> true))
                    .containsEntry("conversationId", conversation).containsEntry("userId", brand.id().toString());
            assertThat(a.drain(Duration.ofMillis(300))).noneMatch(f -> ChatFrames.TYPING.equals(f.get("type")));
        }
    }

    @Test
    void shouldReportPresenceWhenUserConnectsAndLeaves() {
        TestUser brand = one.signUp(Role.BRAND);
        TestUser creator = two.signUp(Role.CREATOR);
        open(one, brand, creator);
        try (LiveSocket a = LiveSocket.open(one, brand)) {
            LiveSocket b = LiveSocket.open(two, creator);
            assertThat(a.await(ChatFrames.PRESENCE, f -> Boolean.TRUE.equals(f.get("online"))))
                    .containsEntry("userId", creator.id().toString());
            assertThat(read(one, brand, "/api/users/" + creator.id() + "/presence", PresenceView.class).online()).isTrue();

            b.close();

            assertThat(a.await(ChatFrames.PRESENCE, f -> Boolean.FALSE.equals(f.get("online"))))
                    .containsEntry("userId", creator.id().toString());
            PresenceView after = read(one, brand, "/api/users/" + creator.id() + "/presence", PresenceView.class);
            assertThat(after.online()).isFalse();
            assertThat(after.lastSeen()).isNotNull();
        }
    }

    @Test
    void shouldKeepUsersOnlineForManyTtlsWhileTheirReplicaHeartbeats() throws InterruptedException {
        TestUser brand = one.signUp(Role.BRAND);
        TestUser creator = two.signUp(Role.CREATOR);
        TestUser otherCreator = two.signUp(Role.CREATOR);
        open(one, brand, creator);
        String prefix = shared.get("inpact.redis.key-prefix");
        RedisClient client = RedisClient.create(TestInfra.redisUri());
        try (LiveSocket a = LiveSocket.open(one, brand);
             LiveSocket b = LiveSocket.open(two, creator);
             LiveSocket c = LiveSocket.open(two, otherCreator);
             StatefulRedisConnection<String, String> redis = client.connect()) {
            a.await(ChatFrames.PRESENCE, f -> Boolean.TRUE.equals(f.get("online")));

            Thread.sleep(3_000); // three times the presence TTL

            assertThat(a.drain(Duration.ofMillis(300)))
                    .noneMatch(f -> ChatFrames.PRESENCE.equals(f.get("type")) && Boolean.FALSE.equals(f.get("online")));
            for (TestUser user : List.of(creator, otherCreator)) {
                assertThat(read(one, brand, "/api/users/" + user.id() + "/presence", PresenceView.class).online()).isTrue();
                assertThat(redis.sync().zscore(prefix + "presence:online", user.id().toString()))
                        .isGreaterThan((double) System.currentTimeMillis());
                assertThat(redis.sync().ttl(prefix + "presence:seen:" + user.id())).isGreaterThan(Duration.ofDays(89).toSeconds());
            }
        } finally {
            client.shutdown();
        }
    }

    @Test
    void shouldRefreshHundredsOfSocketsOnOneReplicaWithinAHeartbeat() {
        Presence presence = one.context().getBean(Presence.class);
        String online = shared.get("inpact.redis.key-prefix") + "presence:online";
        List<UUID> users = IntStream.range(0, 450).mapToObj(i -> UUID.randomUUID()).toList();
        RedisClient client = RedisClient.create(TestInfra.redisUri());
        try (StatefulRedisConnection<String, String> redis = client.connect()) {
            users.forEach(user -> presence.connected(user, "connection-" + user));
            long connectedBy = System.currentTimeMillis();

            // connecting scored each user at most connectedBy + the 1 s TTL; only a later heartbeat scores higher
            Waiting.waitFor("every socket refreshed by one heartbeat", () -> redis.sync()
                    .zrangebyscore(online, Range.create(connectedBy + 1_001.0, Double.POSITIVE_INFINITY))
                    .containsAll(users.stream().map(UUID::toString).toList()));
        } finally {
            users.forEach(user -> presence.disconnected(user, "connection-" + user));
            client.shutdown();
        }
    }

    @Test
    void shouldReportOfflineWhenConnectionsReplicaStoppedHeartbeating() {
        TestUser brand = one.signUp(Role.BRAND);
        TestUser creator = two.signUp(Role.CREATOR);
        open(one, brand, creator);
        String prefix = shared.get("inpact.redis.key-prefix");
        long expired = System.currentTimeMillis() - 1_000;
        RedisClient client = RedisClient.create(TestInfra.redisUri());
        try (LiveSocket a = LiveSocket.open(one, brand);
             StatefulRedisConnection<String, String> redis = client.connect()) {
            // what a replica that died without a goodbye leaves behind: a connection nobody refreshes
            redis.sync().zadd(prefix + "presence:user:" + creator.id(), (double) expired, "dead-replica-connection");
            redis.sync().zadd(prefix + "presence:online", (double) expired, creator.id().toString());

            assertThat(a.await(ChatFrames.PRESENCE, f -> Boolean.FALSE.equals(f.get("online"))))
                    .containsEntry("userId", creator.id().toString());
            assertThat(redis.sync().zscore(prefix + "presence:online", creator.id().toString())).isNull();
            assertThat(read(two, brand, "/api/users/" + creator.id() + "/presence", PresenceView.class).online())
                    .isFalse();
        } finally {
            client.shutdown();
        }
    }

    @Test
    void shouldResyncSocketsWhenTheReplicasRedisConnectionsDropAndComeBack() {
        TestUser brand = one.signUp(Role.BRAND);
        TestUser creator = two.signUp(Role.CREATOR);
        String conversation = open(one, brand, creator).id();
        String replicaTwo = two.context().getBean(ChatRedis.class).clientName();
        RedisClient client = RedisClient.create(TestInfra.redisUri());
        try (LiveSocket a = LiveSocket.open(one, brand); LiveSocket b = LiveSocket.open(two, creator);
             StatefulRedisConnection<String, String> redis = client.connect()) {
            // whether or not the replica's probe sees them down, its sockets are told to resync
            assertThat(RedisConnections.drop(redis, replicaTwo)).hasSize(3);

            assertThat(b.await(ChatFrames.RESYNC, f -> "bus-restored".equals(f.get("reason")))).isNotNull();
            a.send(ClientFrame.send("c-1", conversation, "Still reaching you"));
            assertThat(LiveSocket.message(b.await(ChatFrames.MESSAGE, f -> true))).containsEntry("text", "Still reaching you");
        } finally {
            client.shutdown();
        }
    }

    private ConversationView open(Replica replica, TestUser me, TestUser other) {
        HttpResponse<String> response = replica.post(me, "/api/chat/conversations",
                new CreateConversationRequest(other.id().toString()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return replica.read(response.body(), ConversationView.class);
    }

    private MessageHistory history(Replica replica, TestUser me, String conversation) {
        return read(replica, me, "/api/chat/conversations/" + conversation + "/messages?size=100");
    }

    private MessageHistory read(Replica replica, TestUser me, String path) {
        return read(replica, me, path, MessageHistory.class);
    }

    private <T> T read(Replica replica, TestUser me, String path, Class<T> type) {
        HttpResponse<String> response = replica.get(me, path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return replica.read(response.body(), type);
    }
}
