package io.inpact.spa.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same records, JSON values and shared rules give identical answers on the JVM and in TeaVM-compiled
 * JavaScript run by node. The JavaScript is built by the {@code json-roundtrip} TeaVM execution of this
 * module's pom (phase process-test-classes) from {@link RoundTripMain}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundTripTest {

    private static final Path SCRIPT = Path.of("target", "json-roundtrip", "roundtrip.js");

    private List<RoundTripCases.Case> cases;
    private List<String> jvm;
    private List<String> javascript;

    @BeforeAll
    void runBothRuntimes(@TempDir Path dir) throws Exception {
        cases = RoundTripCases.all();
        String input = cases.stream().map(RoundTripCases.Case::line).collect(Collectors.joining("\n", "", "\n"));
        jvm = lines(RoundTrip.run(input));
        Path inputFile = dir.resolve("cases.txt");
        Files.writeString(inputFile, input, StandardCharsets.UTF_8);
        javascript = lines(node(inputFile));
    }

    @Test
    void shouldAnswerIdenticallyWhenRunAsJavaScriptUnderNode() {
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String js = i < javascript.size() ? javascript.get(i) : "<no answer>";
            if (!sameAnswer(jvm.get(i), js)) {
                differences.add(cases.get(i).line() + "\n  jvm: " + jvm.get(i) + "\n  js:  " + js);
            }
        }

        assertEquals(List.of(), differences);
        assertEquals(jvm.size(), javascript.size());
    }

    @Test
    void shouldReencodeEverySampleUnchangedWhenDecodedOnTheJvm() {
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String expected = cases.get(i).expected();
            if (expected != null && !expected.equals(jvm.get(i))) {
                differences.add(cases.get(i).line() + "\n  got: " + jvm.get(i));
            }
        }

        assertEquals(List.of(), differences);
        assertTrue(cases.stream().filter(c -> c.expected() != null).count() >= 3, "samples were generated");
    }

    @Test
    void shouldRejectMalformedInputWithTheSameMessageWhenDecoding() {
        int arrayForRecord = indexOf("record:io.inpact.api.common.ErrorBody", "[]");

        assertEquals("ERROR expected '{' at offset 0", jvm.get(arrayForRecord));
        assertEquals(jvm.get(arrayForRecord), javascript.get(arrayForRecord));
    }

    @Test
    void shouldTellAnswersApartUnlessTheyDifferOnlyInTheSpellingOfTheSameDouble() {
        assertTrue(sameAnswer("{\"r\":1.2018251816245582E15}", "{\"r\":1201825181624558.2}"));
        assertTrue(sameAnswer("[100.0,1.0E-7,-0.0]", "[100,1e-7,-0.0]"));
        assertTrue(!sameAnswer("[-0.0]", "[0]"));
        assertTrue(!sameAnswer("{\"r\":0.1}", "{\"r\":0.2}"));
        assertTrue(!sameAnswer("{\"n\":9007199254740993}", "{\"n\":9007199254740992}"));
        assertTrue(!sameAnswer("{\"s\":\"1.0\"}", "{\"s\":\"1.00\"}"));
        assertTrue(!sameAnswer("[1]", "[1,2]"));
    }

    /**
     * Equal text, except that a double may be spelled differently when it is the same value: the JVM writes
     * Double.toString ("1.0E-7", "100.0"), the browser its shortest form ("1e-7", "100"); see
     * io.inpact.json.Doubles. Integers, strings and everything else must match exactly.
     */
    static boolean sameAnswer(String a, String b) {
        int i = 0;
        int j = 0;
        boolean inString = false;
        while (i < a.length() && j < b.length()) {
            char c = a.charAt(i);
            if (!inString && isNumberStart(c) && isNumberStart(b.charAt(j))) {
                int endA = numberEnd(a, i);
                int endB = numberEnd(b, j);
                String x = a.substring(i, endA);
                String y = b.substring(j, endB);
                if (!x.equals(y) && !((isDecimal(x) || isDecimal(y)) && sameDouble(x, y))) {
                    return false;
                }
                i = endA;
                j = endB;
                continue;
            }
            if (c != b.charAt(j)) {
                return false;
            }
            if (inString && c == '\\') {
                i++;
                j++;
                if (i >= a.length() || j >= b.length() || a.charAt(i) != b.charAt(j)) {
                    return false;
                }
            } else if (c == '"') {
                inString = !inString;
            }
            i++;
            j++;
        }
        return i == a.length() && j == b.length();
    }

    private static boolean isNumberStart(char c) {
        return c == '-' || c >= '0' && c <= '9';
    }

    private static int numberEnd(String s, int from) {
        int i = from + 1;
        while (i < s.length() && "0123456789.eE+-".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean isDecimal(String number) {
        return number.indexOf('.') >= 0 || number.indexOf('e') >= 0 || number.indexOf('E') >= 0;
    }

    private static boolean sameDouble(String x, String y) {
        try {
            return Double.doubleToLongBits(Double.parseDouble(x)) == Double.doubleToLongBits(Double.parseDouble(y));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private int indexOf(String kind, String payload) {
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i).kind().equals(kind) && cases.get(i).payload().equals(payload)) {
                return i;
            }
        }
        throw new AssertionError("no case " + kind + " " + payload);
    }

    private static String node(Path input) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(SCRIPT), SCRIPT + " is missing: the json-roundtrip TeaVM execution did not run");
        Process process = new ProcessBuilder("node", "-e", "require(process.argv[1]).main([process.argv[2]])",
                SCRIPT.toAbsolutePath().toString(), input.toString()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "node did not finish");
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), () -> "node failed: " + text);
        return text;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
