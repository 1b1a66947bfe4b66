package io.inpact.devserver;

/** The result of one rebuild: a build number, whether it produced a runnable app.js, and what went wrong. */
record BuildOutcome(int number, boolean succeeded, long millis, String errors) {
}
