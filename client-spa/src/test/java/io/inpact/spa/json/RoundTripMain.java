package io.inpact.spa.json;

import org.teavm.jso.JSBody;

/** Entry point of the TeaVM build of {@link RoundTrip}: {@code main([inputFile])} under node, answers on stdout. */
public final class RoundTripMain {

    private RoundTripMain() {
    }

    public static void main(String[] args) {
        write(RoundTrip.run(read(args[0])));
    }

    @JSBody(params = "path", script = "return require('fs').readFileSync(path, 'utf8');")
    private static native String read(String path);

    @JSBody(params = "text", script = "process.stdout.write(text);")
    private static native void write(String text);
}
