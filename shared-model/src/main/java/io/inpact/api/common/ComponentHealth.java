package io.inpact.api.common;

/**
 * The health of one part the server depends on, e.g. {@code postgresql} or {@code redis}.
 * {@code status} is {@code UP} or {@code DOWN}; {@code detail} says what went wrong and is null when UP.
 */
public record ComponentHealth(String name, String status, long latencyMillis, String detail) {

    public static final String UP = "UP";
    public static final String DOWN = "DOWN";

    public boolean isUp() {
        return UP.equals(status);
    }
}
