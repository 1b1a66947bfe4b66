package io.inpact.codegen;

import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.tools.Diagnostic;

/** Maps a record component's type to the Java expression of its codec. */
final class TypeMapper {

    private static final String CODECS = "io.inpact.json.Codecs";

    private final ProcessingEnvironment env;

    TypeMapper(ProcessingEnvironment env) {
        this.env = env;
    }

    static String codecClassName(TypeElement record) {
        StringBuilder name = new StringBuilder(record.getSimpleName());
        for (Element e = record.getEnclosingElement(); e instanceof TypeElement outer; e = e.getEnclosingElement()) {
            name.insert(0, outer.getSimpleName() + "_");
        }
        return name.append("Json").toString();
    }

    /** The codec expression, or null after reporting an error on the component. */
    String codecExpression(TypeMirror type, TypeElement record, Element component) {
        switch (type.getKind()) {
            case INT:
                return CODECS + ".INT";
            case LONG:
                return CODECS + ".LONG";
            case DOUBLE:
                return CODECS + ".DOUBLE";
            case BOOLEAN:
                return CODECS + ".BOOLEAN";
            case TYPEVAR:
                return typeVariable((TypeVariable) type, record, component);
            case DECLARED:
                return declared((DeclaredType) type, record, component);
            default:
                return unsupported(type, component);
        }
    }

    String castType(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return env.getTypeUtils().boxedClass((PrimitiveType) type).getQualifiedName().toString();
        }
        return type.toString();
    }

    String recordTypeWithParameters(TypeElement record) {
        List<? extends TypeParameterElement> params = record.getTypeParameters();
        if (params.isEmpty()) {
            return record.getQualifiedName().toString();
        }
        StringBuilder out = new StringBuilder(record.getQualifiedName()).append('<');
        for (int i = 0; i < params.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(params.get(i).getSimpleName());
        }
        return out.append('>').toString();
    }

    String typeParameterDeclaration(TypeElement record) {
        List<? extends TypeParameterElement> params = record.getTypeParameters();
        StringBuilder out = new StringBuilder("<");
        for (int i = 0; i < params.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(params.get(i).getSimpleName());
        }
        return out.append('>').toString();
    }

    String typeArgumentParameters(TypeElement record) {
        List<? extends TypeParameterElement> params = record.getTypeParameters();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < params.size(); i++) {
            out.append(i == 0 ? "" : ", ").append("io.inpact.json.JsonCodec<").append(params.get(i).getSimpleName())
                    .append("> t").append(i);
        }
        return out.toString();
    }

    private String typeVariable(TypeVariable variable, TypeElement record, Element component) {
        List<? extends TypeParameterElement> params = record.getTypeParameters();
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).getSimpleName().equals(variable.asElement().getSimpleName())) {
                return "t" + i;
            }
        }
        return unsupported(variable, component);
    }

    private String declared(DeclaredType type, TypeElement record, Element component) {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        List<? extends TypeMirror> args = type.getTypeArguments();
        switch (name) {
            case "java.lang.String":
                return CODECS + ".STRING";
            case "java.lang.Integer":
                return CODECS + ".INT_BOXED";
            case "java.lang.Long":
                return CODECS + ".LONG_BOXED";
            case "java.lang.Double":
                return CODECS + ".DOUBLE_BOXED";
            case "java.lang.Boolean":
                return CODECS + ".BOOLEAN_BOXED";
            case "java.util.List":
            case "java.util.Set": {
                String element0 = codecExpression(args.get(0), record, component);
                return element0 == null ? null
                        : CODECS + (name.endsWith("List") ? ".list(" : ".set(") + element0 + ")";
            }
            case "java.util.Map":
                return map(type, args, record, component);
            default:
                break;
        }
        if (element.getKind() == ElementKind.ENUM) {
            return CODECS + ".enumOf(" + name + ".values())";
        }
        if (element.getKind() == ElementKind.RECORD && name.startsWith(RecordCodecProcessor.API_PACKAGE + ".")) {
            String codecClass = env.getElementUtils().getPackageOf(element).getQualifiedName() + "." + codecClassName(element);
            if (args.isEmpty()) {
                return codecClass + ".CODEC";
            }
            StringBuilder out = new StringBuilder(codecClass).append(".codec(");
            for (int i = 0; i < args.size(); i++) {
                String arg = codecExpression(args.get(i), record, component);
                if (arg == null) {
                    return null;
                }
                out.append(i == 0 ? "" : ", ").append(arg);
            }
            return out.append(')').toString();
        }
        return unsupported(type, component);
    }

    private String map(DeclaredType type, List<? extends TypeMirror> args, TypeElement record, Element component) {
        String value = codecExpression(args.get(1), record, component);
        if (value == null) {
            return null;
        }
        TypeMirror key = args.get(0);
        if (key.toString().equals("java.lang.String")) {
            return CODECS + ".map(" + value + ")";
        }
        if (key.getKind() == javax.lang.model.type.TypeKind.DECLARED
                && ((DeclaredType) key).asElement().getKind() == ElementKind.ENUM) {
            return CODECS + ".enumMap(" + ((TypeElement) ((DeclaredType) key).asElement()).getQualifiedName()
                    + ".values(), " + value + ")";
        }
        return unsupported(type, component);
    }

    private String unsupported(TypeMirror type, Element component) {
        env.getMessager().printMessage(Diagnostic.Kind.ERROR, "type " + type + " of " + component.getEnclosingElement()
                + "." + component.getSimpleName() + " has no JSON codec; use String, int, long, double, boolean"
                + " (or boxed), an enum, an API record, List, Set or Map with String or enum keys", component);
        return null;
    }
}
