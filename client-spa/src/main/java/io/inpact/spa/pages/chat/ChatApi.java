package io.inpact.spa.pages.chat;

import io.inpact.api.chat.ConversationView;
import io.inpact.api.chat.ConversationViewJson;
import io.inpact.api.chat.CreateConversationRequest;
import io.inpact.api.chat.CreateConversationRequestJson;
import io.inpact.api.chat.MessageHistory;
import io.inpact.api.chat.MessageHistoryJson;
import io.inpact.api.common.ApiPaths;
import io.inpact.api.common.Page;
import io.inpact.api.common.PageJson;
import io.inpact.spa.UrlCodec;
import io.inpact.spa.api.Api;
import io.inpact.spa.api.Call;
import io.inpact.spa.api.Callback;

/** The chat's REST calls, on the app's typed client. */
final class ChatApi {

    static final int HISTORY_PAGE = 30;

    private final Api api;

    ChatApi(Api api) {
        this.api = api;
    }

    Call conversations(Callback<Page<ConversationView>> callback) {
        return api.get(ApiPaths.CHAT_CONVERSATIONS + "?page=0&size=50", PageJson.codec(ConversationViewJson.CODEC), callback);
    }

    Call open(String participantId, Callback<ConversationView> callback) {
        return api.send("POST", ApiPaths.CHAT_CONVERSATIONS, new CreateConversationRequest(participantId),
                CreateConversationRequestJson.CODEC, ConversationViewJson.CODEC, callback);
    }

    Call history(String conversationId, String before, Callback<MessageHistory> callback) {
        String path = ApiPaths.conversationMessages(conversationId) + "?size=" + HISTORY_PAGE
                + (before == null ? "" : "&before=" + UrlCodec.encode(before));
        return api.get(path, MessageHistoryJson.CODEC, callback);
    }

    Call markRead(String conversationId, Callback<Void> callback) {
        return api.send("POST", ApiPaths.conversationRead(conversationId), null, null, null, callback);
    }
}
