package io.inpact.spa.js;

import org.teavm.jso.JSBody;

/** Browser helpers the chat page needs: socket address, local dates and times, random ids, focus. */
public final class ChatJs {

    private ChatJs() {
    }

    /** ws(s)://this-host/path, so the socket goes through the same origin (nginx) as the page. */
    @JSBody(params = "path", script = "return (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + path;")
    public static native String socketUrl(String path);

    @JSBody(params = "iso", script = "return new Date(iso).toLocaleTimeString([], {hour: '2-digit', minute: '2-digit'});")
    public static native String time(String iso);

    @JSBody(params = "iso", script = "return new Date(iso).toLocaleDateString([], {weekday: 'long', year: 'numeric', month: 'long', day: 'numeric'});")
    public static native String day(String iso);

    /** A client id for a message: unique per device and send, so a retried send is recognised. */
    @JSBody(script = "return (crypto.randomUUID ? crypto.randomUUID() : (Date.now().toString(36) + Math.random().toString(36).slice(2)));")
    public static native String randomId();

    @JSBody(script = "return document.visibilityState === 'visible';")
    public static native boolean visible();

    /** Exponential backoff with full jitter: a random delay up to min(cap, base·2^attempt). */
    @JSBody(params = {"attempt", "base", "cap"}, script = "return Math.floor(Math.random() * Math.min(cap, base * Math.pow(2, attempt)));")
    public static native int backoff(int attempt, int base, int cap);
}
