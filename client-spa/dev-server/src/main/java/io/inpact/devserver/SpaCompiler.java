package io.inpact.devserver;

import org.teavm.backend.javascript.JSModuleType;
import org.teavm.diagnostics.Problem;
import org.teavm.tooling.TeaVMProblemRenderer;
import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.TeaVMToolLog;
import org.teavm.tooling.builder.BuildException;
import org.teavm.tooling.builder.BuildResult;
import org.teavm.tooling.builder.InProcessBuildStrategy;
import org.teavm.vm.TeaVMOptimizationLevel;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns the SPA's Java sources into app.js, twice as fast the second time: javac (in this JVM) recompiles
 * the module that changed, then TeaVM, kept in this process with its incremental cache on disk, translates
 * only the classes whose bytecode changed. TeaVM works on bytecode, so javac always runs first.
 */
final class SpaCompiler {

    static final String MAIN_CLASS = "io.inpact.spa.Main";
    static final String OUTPUT_FILE = "app.js";

    private final DevServerConfig config;
    private final List<Path> libraries;
    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    private final InProcessBuildStrategy teavm = new InProcessBuildStrategy();
    private final StringBuilder teavmErrors = new StringBuilder();
    private int buildNumber;

    SpaCompiler(DevServerConfig config, List<Path> libraries) {
        this.config = config;
        this.libraries = List.copyOf(libraries);
        if (javac == null) {
            throw new IllegalStateException("no Java compiler in this runtime: the dev server needs a JDK, not a JRE");
        }
        configureTeaVM();
    }

    /** The dev server's own class path: TeaVM's class library, the JSO APIs and shared-model's codec processor. */
    static List<Path> ownClassPath() {
        List<Path> paths = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                paths.add(Path.of(entry));
            }
        }
        return paths;
    }

    private void configureTeaVM() {
        teavm.init();
        teavm.setLog(new CollectingLog());
        teavm.setTargetType(TeaVMTargetType.JAVASCRIPT);
        teavm.setMainClass(MAIN_CLASS);
        teavm.setEntryPointName("main");
        // TeaVM reads classes from these entries (its class library included), not from this JVM's class loader.
        List<String> classPath = new ArrayList<>(List.of(classesOf("client-spa").toString(), classesOf("shared-model").toString()));
        libraries.forEach(library -> classPath.add(library.toString()));
        teavm.setClassPathEntries(classPath);
        teavm.setTargetDirectory(config.workDir().resolve("teavm").toString());
        teavm.setTargetFileName(OUTPUT_FILE);
        teavm.setJsModuleType(JSModuleType.UMD);
        teavm.setIncremental(true);
        teavm.setCacheDirectory(config.workDir().resolve("teavm-cache").toString());
        teavm.setOptimizationLevel(TeaVMOptimizationLevel.SIMPLE);
        teavm.setObfuscated(false);
        teavm.setStrict(false);
        teavm.setSourceMapsFileGenerated(false);
        teavm.setDebugInformationGenerated(false);
        teavm.setSourceFilesCopied(false);
        teavm.setFastDependencyAnalysis(false);
    }

    /**
     * Rebuilds after a change. When shared-model changed, both modules are recompiled (the SPA depends on
     * it); when only the SPA changed, shared-model's classes are reused.
     */
    synchronized BuildOutcome build(boolean sharedModelChanged) {
        long start = System.nanoTime();
        buildNumber++;
        try {
            if (sharedModelChanged || !Files.isDirectory(classesOf("shared-model"))) {
                javac("shared-model", config.sharedModelSources(), null, libraries, true);
            }
            List<Path> spaClassPath = new ArrayList<>(libraries);
            spaClassPath.add(0, classesOf("shared-model"));
            javac("client-spa", config.spaSources(), config.spaResources(), spaClassPath, false);
            long javacDone = System.nanoTime();
            translate();
            System.getLogger("io.inpact.devserver").log(System.Logger.Level.INFO, "javac {0} ms, TeaVM {1} ms",
                    (javacDone - start) / 1_000_000, millisSince(javacDone));
            return new BuildOutcome(buildNumber, true, millisSince(start), "");
        } catch (BuildFailure e) {
            return new BuildOutcome(buildNumber, false, millisSince(start), e.getMessage());
        } catch (IOException e) {
            return new BuildOutcome(buildNumber, false, millisSince(start), "I/O error: " + e.getMessage());
        }
    }

    /** The JavaScript of the last successful build. */
    Path output() {
        return config.workDir().resolve("teavm").resolve(OUTPUT_FILE);
    }

    private void javac(String module, Path sources, Path resources, List<Path> classPath, boolean annotationProcessing)
            throws IOException {
        Path classes = classesOf(module);
        Path generated = config.workDir().resolve("generated").resolve(module);
        deleteTree(classes);
        deleteTree(generated);
        Files.createDirectories(classes);
        Files.createDirectories(generated);
        List<Path> files = javaFiles(sources);
        if (!files.isEmpty()) {
            compile(module, files, classes, generated, classPath, annotationProcessing);
        }
        if (resources != null && Files.isDirectory(resources)) {
            copyTree(resources, classes);
        }
    }

    private void compile(String module, List<Path> files, Path classes, Path generated, List<Path> classPath,
                         boolean annotationProcessing) throws IOException {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = new ArrayList<>(List.of(
                "--release", "17", "-encoding", "UTF-8", "-implicit:none", "-nowarn",
                "-d", classes.toString(), "-s", generated.toString(),
                "-classpath", joinPaths(classPath)));
        if (!annotationProcessing) {
            options.add("-proc:none");
        }
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
            boolean ok = javac.getTask(null, fileManager, diagnostics, options, null, units).call();
            if (!ok) {
                throw new BuildFailure("javac (" + module + ") failed:\n" + render(diagnostics));
            }
        }
    }

    private void translate() {
        teavmErrors.setLength(0);
        BuildResult result;
        try {
            result = teavm.build();
        } catch (BuildException e) {
            throw new BuildFailure("TeaVM failed: " + e.getCause());
        }
        List<Problem> severe = result.getProblems().getSevereProblems();
        if (!severe.isEmpty()) {
            TeaVMProblemRenderer.describeProblems(result.getCallGraph(), result.getProblems(), new CollectingLog());
            throw new BuildFailure("TeaVM reported " + severe.size() + " error(s):\n" + teavmErrors);
        }
    }

    private Path classesOf(String module) {
        return config.workDir().resolve("classes").resolve(module);
    }

    private static String render(DiagnosticCollector<JavaFileObject> diagnostics) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                String file = d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": ";
                text.append(file).append(d.getMessage(Locale.ROOT)).append('\n');
            }
        }
        return text.toString();
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    private static String joinPaths(List<Path> paths) {
        return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                Files.createDirectories(target.getParent());
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static final class BuildFailure extends RuntimeException {
        BuildFailure(String message) {
            super(message, null, false, false);
        }
    }

    /** Keeps TeaVM's errors for the browser and the console; its progress chatter is dropped. */
    private final class CollectingLog implements TeaVMToolLog {
        @Override
        public void info(String text) {
        }

        @Override
        public void debug(String text) {
        }

        @Override
        public void warning(String text) {
        }

        @Override
        public void error(String text) {
            teavmErrors.append(text).append('\n');
        }

        @Override
        public void info(String text, Throwable e) {
        }

        @Override
        public void debug(String text, Throwable e) {
        }

        @Override
        public void warning(String text, Throwable e) {
        }

        @Override
        public void error(String text, Throwable e) {
            teavmErrors.append(text).append(": ").append(e).append('\n');
        }
    }
}
