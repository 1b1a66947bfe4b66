package io.inpact.spa.api;

/** A request in flight; a page cancels the ones it started when it is disposed. */
public interface Call {
    void cancel();
}
