package io.inpact.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Generates, for every record under {@code io.inpact.api}, a class {@code <Name>Json} next to it holding
 * its reflection-free {@code RecordCodec}, and one registry {@code io.inpact.api.ApiRecords} listing them all.
 * Needs no annotation on the records: the API contract stays free of framework annotations.
 */
public final class RecordCodecProcessor extends AbstractProcessor {

    static final String API_PACKAGE = "io.inpact.api";
    static final String REGISTRY = API_PACKAGE + ".ApiRecords";

    private final TreeMap<String, TypeElement> records = new TreeMap<>();
    private boolean registryWritten;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        List<TypeElement> found = new ArrayList<>();
        for (Element root : round.getRootElements()) {
            collect(root, found);
        }
        found.sort(Comparator.comparing(r -> r.getQualifiedName().toString()));
        TypeMapper mapper = new TypeMapper(processingEnv);
        for (TypeElement record : found) {
            if (records.putIfAbsent(record.getQualifiedName().toString(), record) == null) {
                writeCodec(record, mapper);
            }
        }
        if (!registryWritten && !records.isEmpty() && !round.processingOver()) {
            writeRegistry();
            registryWritten = true;
        }
        return false;
    }

    private void collect(Element element, List<TypeElement> found) {
        if (!(element instanceof TypeElement type) || !inApiPackage(type)) {
            return;
        }
        if (type.getKind() == ElementKind.RECORD) {
            if (type.getModifiers().contains(Modifier.PRIVATE)) {
                error(type, "record " + type.getQualifiedName() + " is private; API records must be visible to their codec");
            } else {
                found.add(type);
            }
        }
        for (Element member : type.getEnclosedElements()) {
            collect(member, found);
        }
    }

    private boolean inApiPackage(TypeElement type) {
        String pkg = processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
        return pkg.equals(API_PACKAGE) || pkg.startsWith(API_PACKAGE + ".");
    }

    private void writeCodec(TypeElement record, TypeMapper mapper) {
        String pkg = packageOf(record);
        String codecClass = TypeMapper.codecClassName(record);
        String recordType = mapper.recordTypeWithParameters(record);
        List<? extends RecordComponentElement> components = record.getRecordComponents();
        StringBuilder names = new StringBuilder();
        StringBuilder codecs = new StringBuilder();
        StringBuilder arguments = new StringBuilder();
        StringBuilder accessors = new StringBuilder();
        boolean failed = false;
        for (int i = 0; i < components.size(); i++) {
            RecordComponentElement component = components.get(i);
            String sep = i == 0 ? "" : ", ";
            String line = i == 0 ? "" : ",";
            String codec = mapper.codecExpression(component.asType(), record, component);
            if (codec == null) {
                failed = true;
                continue;
            }
            names.append(sep).append('"').append(component.getSimpleName()).append('"');
            codecs.append(line).append("\n                ").append(codec);
            arguments.append(line).append("\n                (").append(mapper.castType(component.asType())).append(") a[").append(i).append(']');
            accessors.append(sep).append("v.").append(component.getSimpleName()).append("()");
        }
        if (failed) {
            return;
        }
        String body = "new io.inpact.json.RecordCodec<" + recordType + ">(\n"
                + "            new String[] {" + names + "},\n"
                + "            () -> new io.inpact.json.JsonCodec<?>[] {" + codecs + "},\n"
                + "            a -> new " + recordType + "(" + arguments + "),\n"
                + "            (" + recordType + " v) -> new Object[] {" + accessors + "})";
        StringBuilder src = new StringBuilder();
        src.append("package ").append(pkg).append(";\n\n")
                .append("/** JSON codec of {@link ").append(record.getQualifiedName()).append("}, generated by ")
                .append(RecordCodecProcessor.class.getName()).append(". */\n")
                .append("@javax.annotation.processing.Generated(\"").append(RecordCodecProcessor.class.getName()).append("\")\n")
                .append("public final class ").append(codecClass).append(" {\n\n");
        int typeParameters = record.getTypeParameters().size();
        if (typeParameters == 0) {
            src.append("    @SuppressWarnings(\"unchecked\")\n")
                    .append("    public static final io.inpact.json.RecordCodec<").append(recordType).append("> CODEC = ")
                    .append(body).append(";\n\n");
        }
        src.append("    private ").append(codecClass).append("() {\n    }\n");
        if (typeParameters > 0) {
            src.append("\n    @SuppressWarnings(\"unchecked\")\n    public static ").append(mapper.typeParameterDeclaration(record))
                    .append(" io.inpact.json.RecordCodec<").append(recordType).append("> codec(")
                    .append(mapper.typeArgumentParameters(record)).append(") {\n        return ").append(body).append(";\n    }\n");
        }
        src.append("}\n");
        write(pkg.isEmpty() ? codecClass : pkg + "." + codecClass, src.toString(), record);
    }

    private void writeRegistry() {
        StringBuilder entries = new StringBuilder();
        for (TypeElement record : records.values()) {
            int n = record.getTypeParameters().size();
            String codecClass = packageOf(record) + "." + TypeMapper.codecClassName(record);
            StringBuilder factory = new StringBuilder(codecClass);
            if (n == 0) {
                factory.append(".CODEC");
            } else {
                factory.append(".codec(");
                for (int i = 0; i < n; i++) {
                    factory.append(i == 0 ? "" : ", ").append("t[").append(i).append(']');
                }
                factory.append(')');
            }
            if (entries.length() > 0) {
                entries.append(",");
            }
            entries.append("\n            new io.inpact.json.RecordType(").append(erasure(record)).append(".class, ")
                    .append(n).append(", t -> ").append(factory).append(')');
        }
        String src = "package " + API_PACKAGE + ";\n\n"
                + "/** Every API record with its JSON codec, generated by " + RecordCodecProcessor.class.getName() + ". */\n"
                + "@javax.annotation.processing.Generated(\"" + RecordCodecProcessor.class.getName() + "\")\n"
                + "public final class ApiRecords {\n\n"
                + "    private ApiRecords() {\n    }\n\n"
                + "    public static java.util.List<io.inpact.json.RecordType> all() {\n"
                + "        return java.util.List.of(" + entries + ");\n"
                + "    }\n}\n";
        write(REGISTRY, src, records.values().toArray(new Element[0]));
    }

    private String erasure(TypeElement record) {
        return record.getQualifiedName().toString();
    }

    private String packageOf(Element element) {
        PackageElement pkg = processingEnv.getElementUtils().getPackageOf(element);
        return pkg.getQualifiedName().toString();
    }

    private void write(String name, String source, Element... origins) {
        try (Writer out = processingEnv.getFiler().createSourceFile(name, origins).openWriter()) {
            out.write(source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name, e);
        }
    }

    private void error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }
}
