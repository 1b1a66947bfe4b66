package io.inpact.spa.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetPipelineTest {

    @TempDir
    Path dir;

    private Path prepare() throws IOException {
        Path webapp = Files.createDirectories(dir.resolve("webapp"));
        Files.writeString(webapp.resolve("index.html"),
                "<link rel=\"stylesheet\" href=\"/app.css\"><script src=\"/app.js\" defer></script>");
        Files.writeString(webapp.resolve("app.css"), "/* c */ body {  color: red; }\n");
        Files.writeString(webapp.resolve("favicon.svg"), "<svg/>");
        Path script = dir.resolve("teavm.js");
        Files.writeString(script, "var x=1;");
        return script;
    }

    @Test
    void shouldReferenceFingerprintedAssetsWhenAssembling() throws IOException {
        Path script = prepare();
        Path out = dir.resolve("out");

        AssetPipeline.Report report = new AssetPipeline(script, dir.resolve("webapp"), out, 100_000).run();

        String html = Files.readString(out.resolve("index.html"));
        assertTrue(report.scriptName().matches("app\\.[0-9a-f]{10}\\.js"));
        assertTrue(html.contains("src=\"/" + report.scriptName() + "\""));
        assertTrue(html.contains("href=\"/" + report.cssName() + "\""));
        assertEquals("var x=1;\nmain();\n", Files.readString(out.resolve(report.scriptName())));
        assertEquals("body{color:red}", Files.readString(out.resolve(report.cssName())));
        assertTrue(Files.exists(out.resolve("favicon.svg")));
    }

    @Test
    void shouldWritePrecompressedCopyWhenAssetIsWritten() throws IOException {
        Path script = prepare();
        Path out = dir.resolve("out");

        AssetPipeline.Report report = new AssetPipeline(script, dir.resolve("webapp"), out, 100_000).run();

        for (String name : new String[] {"index.html", report.scriptName(), report.cssName()}) {
            byte[] plain = Files.readAllBytes(out.resolve(name));
            byte[] gz = Files.readAllBytes(out.resolve(name + ".gz"));
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
                assertArrayEquals(plain, in.readAllBytes());
            }
        }
        assertEquals(Files.size(out.resolve("index.html.gz")), report.htmlGzip());
    }

    @Test
    void shouldChangeNameWhenContentChanges() {
        String a = AssetPipeline.fingerprint("a".getBytes(StandardCharsets.UTF_8));
        String b = AssetPipeline.fingerprint("b".getBytes(StandardCharsets.UTF_8));

        assertFalse(a.equals(b));
        assertEquals(a, AssetPipeline.fingerprint("a".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldFailBudgetWhenGzippedTotalIsNotBelowIt() throws IOException {
        Path script = prepare();

        AssetPipeline.Report report = new AssetPipeline(script, dir.resolve("webapp"), dir.resolve("out"), 10).run();

        assertFalse(report.withinBudget());
        assertTrue(report.summary().contains(report.total() + " B"));
    }

    @Test
    void shouldFailBuildFromMainWhenOverBudget() throws IOException {
        Path script = prepare();
        String[] args = {script.toString(), dir.resolve("webapp").toString(), dir.resolve("out").toString(), "10"};

        assertThrows(IllegalStateException.class, () -> AssetPipeline.main(args));
    }

    @Test
    void shouldRefuseIndexWhenAssetIsNotReferencedExactlyOnce() {
        assertThrows(IllegalStateException.class, () -> AssetPipeline.replaceOnce("no ref", "\"/app.js\"", "x"));
        assertThrows(IllegalStateException.class,
                () -> AssetPipeline.replaceOnce("\"/app.js\" \"/app.js\"", "\"/app.js\"", "x"));
    }

    @Test
    void shouldKeepStringsAndSelectorsWhenMinifyingCss() {
        String css = "a:hover > b ,\n i { content: \"  x  \"; margin: 0 auto; }\n@media (max-width: 760px) { .x { width: calc(100% - 2px); } }";

        assertEquals("a:hover>b,i{content:\"  x  \";margin:0 auto}@media (max-width:760px){.x{width:calc(100% - 2px)}}",
                CssMinifier.minify(css));
    }
}
