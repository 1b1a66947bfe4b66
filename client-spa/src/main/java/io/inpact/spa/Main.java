package io.inpact.spa;

/** Entry point of the browser app (TeaVM compiles from here). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        new App().start();
    }
}
