package io.inpact.json;

/** Malformed JSON, or JSON that does not fit the expected shape. */
public final class JsonException extends RuntimeException {

    public JsonException(String message) {
        super(message);
    }
}
