package io.inpact.spa.pages.chat;

import io.inpact.api.chat.ChatFrames;
import io.inpact.api.common.ApiPaths;
import io.inpact.spa.js.ChatJs;
import io.inpact.spa.js.Timers;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.websocket.WebSocket;

/**
 * The chat WebSocket as the page holds it: reconnects after any close with exponential backoff and
 * jitter (1 s doubling to 30 s), and reports every change: connected, or not (also when an attempt fails). Frames go to the listener with their
 * type; the first frame of every connection is {@code resync}, on which the page fetches what it missed.
 * When the browser says the network is gone, the socket is dropped at once (a dead network may never
 * close it), and when the network is back it reconnects without waiting for the backoff.
 */
final class LiveChat {

    private static final int BASE_DELAY = 1_000;
    private static final int MAX_DELAY = 30_000;

    interface Listener {
        void frame(String type, String json);

        void connected(boolean connected);
    }

    private final Listener listener;
    private WebSocket socket;
    private int attempt;
    private int timer = -1;
    private boolean open;
    private boolean stopped;

    LiveChat(Listener listener) {
        this.listener = listener;
        Window.current().addEventListener("offline", (EventListener<Event>) e -> networkLost());
        Window.current().addEventListener("online", (EventListener<Event>) e -> networkBack());
    }

    void start() {
        stopped = false;
        connect();
    }

    boolean isOpen() {
        return open;
    }

    /** False when the socket is not open; the caller keeps the frame and sends it after the next resync. */
    boolean send(String json) {
        if (!open) {
            return false;
        }
        socket.send(json);
        return true;
    }

    void stop() {
        stopped = true;
        if (timer >= 0) {
            Timers.cancel(timer);
            timer = -1;
        }
        if (socket != null) {
            socket.close(1000, "page closed");
            socket = null;
        }
    }

    private void connect() {
        WebSocket ws = new WebSocket(ChatJs.socketUrl(ApiPaths.CHAT_WS));
        socket = ws;
        ws.onOpen(e -> {
            if (ws != socket) {
                return;
            }
            open = true;
            attempt = 0;
            listener.connected(true);
        });
        ws.onMessage(e -> {
            if (ws != socket) {
                return;
            }
            String json = e.getDataAsString();
            listener.frame(typeOf(json), json);
        });
        ws.onClose(e -> {
            if (ws != socket) {
                return;
            }
            open = false;
            socket = null;
            if (stopped) {
                return;
            }
            listener.connected(false);
            if (e.getCode() == ChatFrames.CLOSE_POLICY_VIOLATION) {
                timer = Timers.later(MAX_DELAY, this::reconnect);
            } else {
                retryLater();
            }
        });
    }

    private void networkLost() {
        WebSocket lost = socket;
        if (stopped || lost == null) {
            return;
        }
        socket = null;
        open = false;
        lost.close(1000, "network lost");
        listener.connected(false);
        retryLater();
    }

    /** Drops an attempt that may have started while the network was gone and connects now. */
    private void networkBack() {
        if (stopped || open) {
            return;
        }
        if (timer >= 0) {
            Timers.cancel(timer);
            timer = -1;
        }
        if (socket != null) {
            WebSocket stale = socket;
            socket = null;
            stale.close(1000, "network back");
        }
        attempt = 0;
        connect();
    }

    private void retryLater() {
        timer = Timers.later(BASE_DELAY / 2 + ChatJs.backoff(attempt++, BASE_DELAY, MAX_DELAY), this::reconnect);
    }

    private void reconnect() {
        timer = -1;
        if (!stopped) {
            connect();
        }
    }

    /** The server writes {@code type} first: {"type":"message",...}. */
    static String typeOf(String json) {
        String marker = "\"type\":\"";
        int at = json.indexOf(marker);
        if (at < 0) {
            return "";
        }
        int from = at + marker.length();
        int to = json.indexOf('"', from);
        return to < 0 ? "" : json.substring(from, to);
    }
}
