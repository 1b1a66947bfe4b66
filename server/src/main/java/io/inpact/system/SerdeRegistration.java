package io.inpact.system;

import io.inpact.api.chat.ClientFrame;
import io.inpact.api.chat.ConversationView;
import io.inpact.api.chat.CreateConversationRequest;
import io.inpact.api.chat.ErrorFrame;
import io.inpact.api.chat.MessageFrame;
import io.inpact.api.chat.MessageHistory;
import io.inpact.api.chat.MessageView;
import io.inpact.api.chat.ParticipantView;
import io.inpact.api.chat.PresenceFrame;
import io.inpact.api.chat.PresenceView;
import io.inpact.api.chat.ReadFrame;
import io.inpact.api.chat.ResyncFrame;
import io.inpact.api.chat.StatusFrame;
import io.inpact.api.chat.TypingFrame;
import io.inpact.api.chat.UnreadSummary;
import io.inpact.api.common.ErrorBody;
import io.inpact.api.common.Page;
import io.micronaut.serde.annotation.SerdeImport;

/** Registers the shared-model records (plain Java, no annotations) with micronaut-serde. */
@SerdeImport(ErrorBody.class)
@SerdeImport(Page.class)
@SerdeImport(ClientFrame.class)
@SerdeImport(ConversationView.class)
@SerdeImport(CreateConversationRequest.class)
@SerdeImport(ErrorFrame.class)
@SerdeImport(MessageFrame.class)
@SerdeImport(MessageHistory.class)
@SerdeImport(MessageView.class)
@SerdeImport(ParticipantView.class)
@SerdeImport(PresenceFrame.class)
@SerdeImport(PresenceView.class)
@SerdeImport(ReadFrame.class)
@SerdeImport(ResyncFrame.class)
@SerdeImport(StatusFrame.class)
@SerdeImport(TypingFrame.class)
@SerdeImport(UnreadSummary.class)
final class SerdeRegistration {

    private SerdeRegistration() {
    }
}
