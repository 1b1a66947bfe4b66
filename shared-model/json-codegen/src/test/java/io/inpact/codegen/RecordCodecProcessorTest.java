package io.inpact.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs javac with the processor over small sources, against stand-ins with the signatures of the runtime in
 * io.inpact.json (shared-model depends on this module, not the other way round), so the generated code must
 * compile; then reads what was generated.
 */
class RecordCodecProcessorTest {

    private static final Map<String, String> RUNTIME_SIGNATURES = Map.of(
            "io/inpact/json/JsonCodec.java", "package io.inpact.json; public interface JsonCodec<T> {}",
            "io/inpact/json/RecordCodec.java", """
                    package io.inpact.json;
                    import java.util.function.*;
                    public final class RecordCodec<T> implements JsonCodec<T> {
                        public RecordCodec(String[] names, Supplier<JsonCodec<?>[]> codecs, Function<Object[], T> constructor,
                                Function<T, Object[]> accessors) {}
                    }""",
            "io/inpact/json/RecordType.java", """
                    package io.inpact.json;
                    public final class RecordType {
                        public RecordType(Class<?> type, int typeParameters,
                                java.util.function.Function<JsonCodec<?>[], RecordCodec<?>> factory) {}
                    }""",
            "io/inpact/json/Codecs.java", """
                    package io.inpact.json;
                    import java.util.*;
                    public final class Codecs {
                        public static final JsonCodec<String> STRING = null;
                        public static final JsonCodec<Integer> INT = null, INT_BOXED = null;
                        public static final JsonCodec<Long> LONG = null, LONG_BOXED = null;
                        public static final JsonCodec<Double> DOUBLE = null, DOUBLE_BOXED = null;
                        public static final JsonCodec<Boolean> BOOLEAN = null, BOOLEAN_BOXED = null;
                        public static <E> JsonCodec<List<E>> list(JsonCodec<E> e) { return null; }
                        public static <E> JsonCodec<Set<E>> set(JsonCodec<E> e) { return null; }
                        public static <V> JsonCodec<Map<String, V>> map(JsonCodec<V> v) { return null; }
                        public static <K extends Enum<K>, V> JsonCodec<Map<K, V>> enumMap(K[] k, JsonCodec<V> v) { return null; }
                        public static <E extends Enum<E>> JsonCodec<E> enumOf(E[] values) { return null; }
                    }""");

    @TempDir
    Path dir;

    @Test
    void shouldGenerateCodecAndRegistryEntryWhenRecordIsUnderTheApiPackage() throws IOException {
        Result result = process(Map.of("io/inpact/api/shop/Item.java", """
                package io.inpact.api.shop;
                import java.util.*;
                public record Item(String name, int count, long total, double rate, boolean open, Integer maybe,
                                   List<Kind> kinds, Set<String> tags, Map<String, Long> totals, Map<Kind, Double> shares,
                                   Item.Part part) {
                    public enum Kind { A, B }
                    public record Part(String label) {}
                }
                """));

        assertTrue(result.success(), result.diagnostics());
        String item = result.generated("io/inpact/api/shop/ItemJson.java");
        assertTrue(item.contains("new String[] {\"name\", \"count\", \"total\", \"rate\", \"open\", \"maybe\", \"kinds\", "
                + "\"tags\", \"totals\", \"shares\", \"part\"}"), item);
        assertTrue(item.contains("io.inpact.json.Codecs.INT,"), item);
        assertTrue(item.contains("io.inpact.json.Codecs.INT_BOXED,"), item);
        assertTrue(item.contains("io.inpact.json.Codecs.list(io.inpact.json.Codecs.enumOf(io.inpact.api.shop.Item.Kind.values()))"), item);
        assertTrue(item.contains("io.inpact.json.Codecs.set(io.inpact.json.Codecs.STRING)"), item);
        assertTrue(item.contains("io.inpact.json.Codecs.map(io.inpact.json.Codecs.LONG_BOXED)"), item);
        assertTrue(item.contains("io.inpact.json.Codecs.enumMap(io.inpact.api.shop.Item.Kind.values(), io.inpact.json.Codecs.DOUBLE_BOXED)"), item);
        assertTrue(item.contains("io.inpact.api.shop.Item_PartJson.CODEC"), item);
        assertTrue(result.generated("io/inpact/api/shop/Item_PartJson.java").contains("new String[] {\"label\"}"));
        String registry = result.generated("io/inpact/api/ApiRecords.java");
        assertTrue(registry.contains("new io.inpact.json.RecordType(io.inpact.api.shop.Item.class, 0, t -> io.inpact.api.shop.ItemJson.CODEC)"), registry);
        assertTrue(registry.contains("io.inpact.api.shop.Item.Part.class"), registry);
    }

    @Test
    void shouldTakeCodecsForTypeParametersWhenRecordIsGeneric() throws IOException {
        Result result = process(Map.of("io/inpact/api/Pair.java", """
                package io.inpact.api;
                public record Pair<A, B>(A first, java.util.List<B> rest, Pair<String, B> nested) {}
                """));

        assertTrue(result.success(), result.diagnostics());
        String pair = result.generated("io/inpact/api/PairJson.java");
        assertTrue(pair.contains("public static <A, B> io.inpact.json.RecordCodec<io.inpact.api.Pair<A, B>> codec("
                + "io.inpact.json.JsonCodec<A> t0, io.inpact.json.JsonCodec<B> t1)"), pair);
        assertTrue(pair.contains("io.inpact.json.Codecs.list(t1)"), pair);
        assertTrue(pair.contains("io.inpact.api.PairJson.codec(io.inpact.json.Codecs.STRING, t1)"), pair);
        assertTrue(result.generated("io/inpact/api/ApiRecords.java").contains("t -> io.inpact.api.PairJson.codec(t[0], t[1])"));
    }

    @Test
    void shouldIgnoreRecordsOutsideTheApiPackage() throws IOException {
        Result result = process(Map.of("io/inpact/other/Thing.java", """
                package io.inpact.other;
                public record Thing(java.time.Instant at) {}
                """));

        assertTrue(result.success(), result.diagnostics());
        assertEquals(List.of(), result.generatedFiles());
    }

    @Test
    void shouldRefusePrivateNestedRecords() throws IOException {
        Result result = process(Map.of("io/inpact/api/Box.java", """
                package io.inpact.api;
                public final class Box { private record Hidden(String x) {} }
                """));

        assertFalse(result.success());
        assertTrue(result.diagnostics().contains("record io.inpact.api.Box.Hidden is private"), result.diagnostics());
    }

    @Test
    void shouldFailNamingTheComponentWhenItsTypeHasNoCodec() throws IOException {
        Result result = process(Map.of("io/inpact/api/Event.java", """
                package io.inpact.api;
                public record Event(String name, java.time.Instant at, float ratio) {}
                """));

        assertFalse(result.success());
        assertTrue(result.diagnostics().contains("type java.time.Instant of io.inpact.api.Event.at has no JSON codec"),
                result.diagnostics());
        assertTrue(result.diagnostics().contains("type float of io.inpact.api.Event.ratio has no JSON codec"), result.diagnostics());
    }

    @Test
    void shouldFailWhenMapKeysAreNeitherStringsNorEnums() throws IOException {
        Result result = process(Map.of("io/inpact/api/Counts.java", """
                package io.inpact.api;
                public record Counts(java.util.Map<Integer, String> byNumber) {}
                """));

        assertFalse(result.success());
        assertTrue(result.diagnostics().contains("io.inpact.api.Counts.byNumber has no JSON codec"), result.diagnostics());
    }

    private Result process(Map<String, String> sources) throws IOException {
        Path src = dir.resolve("src");
        Path generated = dir.resolve("generated");
        Files.createDirectories(generated);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> options = List.of("-Werror", "-processor", RecordCodecProcessor.class.getName(),
                "-processorpath", System.getProperty("java.class.path"), "-s", generated.toString(), "-d", classes.toString());
        List<String> files = new ArrayList<>();
        Map<String, String> all = new java.util.HashMap<>(RUNTIME_SIGNATURES);
        all.putAll(sources);
        for (Map.Entry<String, String> source : all.entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            files.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean success = javac.getTask(diagnostics, null, null, options, null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjectsFromStrings(files)).call();
        return new Result(success, diagnostics.toString(), generated);
    }

    private record Result(boolean success, String diagnostics, Path generatedDir) {

        String generated(String path) throws IOException {
            return Files.readString(generatedDir.resolve(path));
        }

        List<String> generatedFiles() throws IOException {
            try (Stream<Path> files = Files.walk(generatedDir)) {
                return files.filter(Files::isRegularFile).map(p -> generatedDir.relativize(p).toString()).toList();
            }
        }
    }
}
