package io.inpact.spa.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Browser helpers the chat page needs: socket address, local dates and times, random ids, visibility, and
 * keeping a scrolled list steady while it is rebuilt.
 */
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

    @JSBody(params = "iso", script = "return new Date(iso).toLocaleString([], {dateStyle: 'medium', timeStyle: 'short'});")
    public static native String dateTime(String iso);

    @JSBody(script = "return new Date().toISOString();")
    public static native String now();

    /** The {@code data-key} of the first child of list that shows in its scrolled area, or null. */
    @JSBody(params = "list", script = "var top=list.scrollTop,kids=list.children;for(var idx=0;idx<kids.length;idx++){"
            + "var kid=kids[idx];if(kid.getAttribute('data-key')&&kid.offsetTop+kid.offsetHeight>top)"
            + "return kid.getAttribute('data-key');}return null;")
    public static native String firstVisibleKey(HTMLElement list);

    /** How far below the top of list's scrolled area its child with that {@code data-key} lies. */
    @JSBody(params = {"list", "key"}, script = "var kids=list.children;for(var idx=0;idx<kids.length;idx++)"
            + "if(kids[idx].getAttribute('data-key')===key)return kids[idx].offsetTop-list.scrollTop;return 0;")
    public static native int offsetOf(HTMLElement list, String key);

    /** Scrolls list so that its child with that {@code data-key} is offset below the top again. */
    @JSBody(params = {"list", "key", "offset"}, script = "var kids=list.children;for(var idx=0;idx<kids.length;idx++)"
            + "if(kids[idx].getAttribute('data-key')===key){list.scrollTop=kids[idx].offsetTop-offset;return;}")
    public static native void keepAt(HTMLElement list, String key, int offset);

    @JSBody(params = "element", script = "return document.activeElement===element;")
    public static native boolean focused(HTMLElement element);
}
