package io.inpact.spa.api;

/** The outcome of one API call; exactly one method runs, and neither after the call was cancelled. */
public interface Callback<T> {
    void success(T value);

    void failure(ApiError error);
}
