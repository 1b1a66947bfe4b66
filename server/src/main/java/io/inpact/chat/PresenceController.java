package io.inpact.chat;

import io.inpact.api.chat.PresenceView;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

@Controller("/api/users")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class PresenceController {

    private final ChatService chat;

    PresenceController(ChatService chat) {
        this.chat = chat;
    }

    @Get("/{id}/presence")
    PresenceView presence(String id) {
        return chat.presence(id);
    }
}
