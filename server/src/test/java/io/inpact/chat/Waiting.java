package io.inpact.chat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polling for a condition that other threads or processes make true, with a deadline. */
final class Waiting {

    private static final Duration LIMIT = Duration.ofSeconds(15);

    private Waiting() {
    }

    static void waitFor(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + LIMIT.toSeconds() + " s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
