package io.inpact.chat;

import io.inpact.api.chat.ConversationView;
import io.inpact.api.chat.CreateConversationRequest;
import io.inpact.api.chat.MessageHistory;
import io.inpact.api.chat.UnreadSummary;
import io.inpact.api.common.Page;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.util.UUID;

@Controller("/api/chat")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ChatController {

    private final ChatService chat;

    ChatController(ChatService chat) {
        this.chat = chat;
    }

    @Get("/conversations")
    Page<ConversationView> conversations(Authentication me, @QueryValue(defaultValue = "0") int page,
                                         @QueryValue(defaultValue = "20") int size) {
        return chat.conversations(userId(me), page, size);
    }

    @Post("/conversations")
    ConversationView open(Authentication me, @Body CreateConversationRequest request) {
        return chat.open(userId(me), request.participantId());
    }

    @Get("/conversations/{id}/messages")
    MessageHistory history(Authentication me, String id, @Nullable @QueryValue String before,
                           @QueryValue(defaultValue = "50") int size) {
        return chat.history(userId(me), id, before, size);
    }

    @Post("/conversations/{id}/read")
    HttpResponse<Void> read(Authentication me, String id) {
        chat.markRead(userId(me), id);
        return HttpResponse.noContent();
    }

    @Get("/unread")
    UnreadSummary unread(Authentication me) {
        return chat.unread(userId(me));
    }

    static UUID userId(Authentication authentication) {
        return UUID.fromString(authentication.getName());
    }
}
