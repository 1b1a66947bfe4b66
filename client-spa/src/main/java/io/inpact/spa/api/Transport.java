package io.inpact.spa.api;

import org.teavm.jso.ajax.XMLHttpRequest;
import org.teavm.jso.file.File;

/**
 * Sends requests with XMLHttpRequest (cookies go along: same origin) and tells a listener how many are in
 * flight, which drives the loading bar.
 */
final class Transport {

    interface Handler {
        void done(int status, String body, String retryAfter);
    }

    private final Api.Listener listener;
    private int inFlight;

    Transport(Api.Listener listener) {
        this.listener = listener;
    }

    Call send(String method, String path, String contentType, String body, Handler handler) {
        return start(method, path, contentType, body, null, handler);
    }

    Call upload(String path, File file, Handler handler) {
        return start("PUT", path, file.getType(), null, file, handler);
    }

    private Call start(String method, String path, String contentType, String body, File file, Handler handler) {
        XMLHttpRequest xhr = new XMLHttpRequest();
        boolean[] finished = {false};
        xhr.open(method, path);
        xhr.setRequestHeader("Accept", "application/json");
        if (body != null || file != null) {
            xhr.setRequestHeader("Content-Type", contentType == null || contentType.isEmpty()
                    ? "application/octet-stream" : contentType);
        }
        xhr.onComplete(() -> {
            if (finished[0]) {
                return;
            }
            finished[0] = true;
            changeInFlight(-1);
            int status = xhr.getStatus();
            if (status == 401 && !path.startsWith("/api/auth/")) {
                listener.unauthorized(path);
            }
            handler.done(status, xhr.getResponseText(), xhr.getResponseHeader("Retry-After"));
        });
        changeInFlight(1);
        if (file != null) {
            xhr.send(file);
        } else if (body == null) {
            xhr.send();
        } else {
            xhr.send(body);
        }
        return () -> {
            if (!finished[0]) {
                finished[0] = true;
                changeInFlight(-1);
                xhr.abort();
            }
        };
    }

    private void changeInFlight(int delta) {
        inFlight += delta;
        listener.inFlight(inFlight);
    }
}
