package io.inpact.json;

import org.teavm.interop.PlatformMarker;
import org.teavm.jso.JSBody;

/**
 * Double to text and back. On the JVM: Double.toString and Double.parseDouble. In TeaVM-compiled
 * JavaScript: the browser's own Number and String, which are exact and shortest; TeaVM's versions add
 * about 20 KB gzipped to the SPA and misread subnormal numbers. The spellings may differ ("1.0E-7" on
 * the JVM, "1e-7" in the browser); the values never do.
 */
public final class Doubles {

    private Doubles() {
    }

    /** Parses a number already checked against the JSON grammar. */
    public static double parse(String number) {
        return isJavaScript() ? parseJs(number) : Double.parseDouble(number);
    }

    /** The text of a finite double, readable by any JSON parser. */
    public static String format(double value) {
        return isJavaScript() ? formatJs(value) : Double.toString(value);
    }

    /** TeaVM replaces the call with true when it compiles to JavaScript, and drops the JVM branch. */
    @PlatformMarker
    private static boolean isJavaScript() {
        return false;
    }

    @JSBody(params = "s", script = "return Number(s);")
    private static native double parseJs(String s);

    @JSBody(params = "d", script = "return d === 0 && 1 / d < 0 ? '-0.0' : String(d);")
    private static native String formatJs(double d);
}
