package io.inpact.spa.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Build-time step (run by exec-maven-plugin, never compiled into the browser app): assembles the
 * directory nginx serves. It fingerprints the TeaVM output and the stylesheet, points index.html at
 * the fingerprinted names, writes a precompressed {@code .gz} beside every text asset for
 * {@code gzip_static}, prints the gzipped size of JS + CSS + HTML and fails when it is over budget.
 */
public final class AssetPipeline {

    static final String JS_REFERENCE = "/app.js";
    static final String CSS_REFERENCE = "/app.css";
    private static final String BOOT = "\nmain();\n";

    private final Path teavmScript;
    private final Path webapp;
    private final Path out;
    private final long budgetBytes;

    AssetPipeline(Path teavmScript, Path webapp, Path out, long budgetBytes) {
        this.teavmScript = teavmScript;
        this.webapp = webapp;
        this.out = out;
        this.budgetBytes = budgetBytes;
    }

    /** Arguments: TeaVM script, webapp source directory, output directory, budget in bytes. */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: AssetPipeline <teavm-app.js> <webapp-dir> <out-dir> <budget-bytes>");
        }
        Report report = new AssetPipeline(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]),
                Long.parseLong(args[3])).run();
        System.out.println(report.summary());
        if (!report.withinBudget()) {
            throw new IllegalStateException("SPA size budget exceeded: " + report.summary());
        }
    }

    Report run() throws IOException {
        recreate(out);
        byte[] script = concat(Files.readAllBytes(teavmScript), BOOT.getBytes(StandardCharsets.UTF_8));
        byte[] css = CssMinifier.minify(read(webapp.resolve("app.css"))).getBytes(StandardCharsets.UTF_8);
        String scriptName = "app." + fingerprint(script) + ".js";
        String cssName = "app." + fingerprint(css) + ".css";
        String html = read(webapp.resolve("index.html"));
        html = replaceOnce(html, "\"" + JS_REFERENCE + "\"", "\"/" + scriptName + "\"");
        html = replaceOnce(html, "\"" + CSS_REFERENCE + "\"", "\"/" + cssName + "\"");
        byte[] page = html.getBytes(StandardCharsets.UTF_8);

        long jsGz = write(scriptName, script);
        long cssGz = write(cssName, css);
        long htmlGz = write("index.html", page);
        copyStaticFiles();
        return new Report(scriptName, cssName, jsGz, cssGz, htmlGz, budgetBytes);
    }

    private void copyStaticFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(webapp)) {
            listing.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!name.equals("index.html") && !name.equals("app.css")) {
                write(name, Files.readAllBytes(file));
            }
        }
    }

    private long write(String name, byte[] content) throws IOException {
        Files.write(out.resolve(name), content);
        byte[] compressed = gzip(content);
        Files.write(out.resolve(name + ".gz"), compressed);
        return compressed.length;
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(buffer) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    static String fingerprint(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                hex.append(Character.forDigit((digest[i] >> 4) & 0xF, 16));
                hex.append(Character.forDigit(digest[i] & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String replaceOnce(String text, String target, String replacement) {
        int at = text.indexOf(target);
        if (at < 0 || text.indexOf(target, at + 1) >= 0) {
            throw new IllegalStateException("index.html must reference " + target + " exactly once");
        }
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    private static void recreate(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    record Report(String scriptName, String cssName, long jsGzip, long cssGzip, long htmlGzip, long budget) {
        long total() {
            return jsGzip + cssGzip + htmlGzip;
        }

        boolean withinBudget() {
            return total() < budget;
        }

        String summary() {
            return "SPA size (gzipped): js " + jsGzip + " B + css " + cssGzip + " B + html " + htmlGzip
                    + " B = " + total() + " B (" + (total() * 100 / budget) + "% of the " + budget + " B budget)";
        }
    }
}
