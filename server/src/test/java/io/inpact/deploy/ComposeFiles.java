package io.inpact.deploy;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads compose files and merges them the way Docker Compose does (compose-go's override package): maps
 * merge key by key; sequences append, then entries with the same key collapse to the later one (ports by
 * their whole mapping, volumes by target, secrets by target path); command, entrypoint and healthcheck.test
 * replace; depends_on, networks and environment lists become maps first; {@code !override} replaces a value
 * and {@code !reset} removes it. Variables are interpolated with their defaults only, so what is asserted
 * is what a fresh clone gets.
 */
final class ComposeFiles {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");

    private ComposeFiles() {
    }

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("compose.yaml"))) {
            dir = dir.getParent();
        }
        return Objects.requireNonNull(dir, "compose.yaml not found above " + Path.of("").toAbsolutePath());
    }

    /** compose.yaml alone: production. */
    static Map<String, Object> production() throws IOException {
        return stripTags(load(root().resolve("compose.yaml")));
    }

    /** compose.yaml with compose.override.yaml merged over it: development. */
    static Map<String, Object> development() throws IOException {
        return merge(load(root().resolve("compose.yaml")), load(root().resolve("compose.override.yaml")));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> load(Path file) throws IOException {
        return (Map<String, Object>) interpolate(parse(Files.readString(file)));
    }

    static Object parse(String yaml) {
        return new Yaml(new TagAwareConstructor()).load(yaml);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> override) {
        Map<String, Object> merged = mergeMaps(stripTags(base), override, "");
        Map<String, Object> services = (Map<String, Object>) merged.getOrDefault("services", Map.of());
        services.values().forEach(service -> enforceUnicity((Map<String, Object>) service));
        return merged;
    }

    // ---- merging -------------------------------------------------------------------------------------

    private static Object merge(Object base, Object override, String path) {
        if (override instanceof OverrideTag o) {
            return stripTags(o.value());
        }
        if (matches(path, "services.*.command") || matches(path, "services.*.entrypoint")
                || matches(path, "services.*.healthcheck.test")) {
            return stripTags(override);
        }
        if (matches(path, "services.*.depends_on")) {
            return mergeMaps(asMap(base, name -> Map.of("condition", "service_started")),
                    asMap(override, name -> Map.of("condition", "service_started")), path);
        }
        if (matches(path, "services.*.networks")) {
            return mergeMaps(asMap(base, name -> null), asMap(override, name -> null), path);
        }
        if (matches(path, "services.*.environment") || matches(path, "services.*.labels")) {
            return mergeMaps(keyValues(base), keyValues(override), path);
        }
        if (matches(path, "services.*.build")) {
            return mergeMaps(buildMap(base), buildMap(override), path);
        }
        if (base instanceof List<?> a && override instanceof List<?> b) {
            List<Object> all = new ArrayList<>(a);
            all.addAll((List<?>) stripTags(b));
            return all;
        }
        if (base instanceof Map<?, ?> && override instanceof Map<?, ?>) {
            return mergeMaps(base, override, path);
        }
        return stripTags(override);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mergeMaps(Object base, Object override, String path) {
        Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) stripTags(base));
        ((Map<String, Object>) override).forEach((key, value) -> {
            String child = path.isEmpty() ? key : path + "." + key;
            if (value instanceof ResetTag) {
                merged.remove(key);
            } else if (merged.containsKey(key)) {
                merged.put(key, merge(merged.get(key), value, child));
            } else {
                merged.put(key, stripTags(value));
            }
        });
        return merged;
    }

    private static void enforceUnicity(Map<String, Object> service) {
        Map<String, Function<Object, String>> keys = Map.of(
                "ports", Object::toString,
                "expose", Object::toString,
                "volumes", v -> v instanceof Map<?, ?> m ? String.valueOf(m.get("target")) : volumeTarget(v.toString()),
                "secrets", s -> s instanceof Map<?, ?> m ? String.valueOf(m.get("target")) : "/run/secrets/" + s,
                "env_file", e -> e instanceof Map<?, ?> m ? String.valueOf(m.get("path")) : e.toString(),
                "cap_drop", Object::toString,
                "cap_add", Object::toString);
        keys.forEach((field, keyOf) -> {
            if (service.get(field) instanceof List<?> entries) {
                Map<String, Object> byKey = new LinkedHashMap<>();
                entries.forEach(entry -> byKey.put(keyOf.apply(entry), entry));
                service.put(field, new ArrayList<>(byKey.values()));
            }
        });
    }

    static String volumeTarget(String spec) {
        String[] parts = spec.split(":");
        return parts.length == 1 ? parts[0] : parts[1];
    }

    private static boolean matches(String path, String pattern) {
        String[] a = path.split("\\.");
        String[] b = pattern.split("\\.");
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!b[i].equals("*") && !b[i].equals(a[i])) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, Function<String, Object> valueOf) {
        Object plain = stripTags(value);
        if (plain instanceof List<?> list) {
            Map<String, Object> map = new LinkedHashMap<>();
            list.forEach(name -> map.put(name.toString(), valueOf.apply(name.toString())));
            return map;
        }
        return plain == null ? new LinkedHashMap<>() : (Map<String, Object>) plain;
    }

    private static Map<String, Object> keyValues(Object value) {
        return asMap(value, entry -> null).entrySet().stream().collect(LinkedHashMap::new, (map, e) -> {
            int eq = e.getKey().indexOf('=');
            if (e.getValue() == null && eq > 0) {
                map.put(e.getKey().substring(0, eq), e.getKey().substring(eq + 1));
            } else {
                map.put(e.getKey(), e.getValue());
            }
        }, Map::putAll);
    }

    private static Object buildMap(Object build) {
        return build instanceof String context ? Map.of("context", context) : build;
    }

    // ---- tags and interpolation ----------------------------------------------------------------------

    record OverrideTag(Object value) {
    }

    enum ResetTag { INSTANCE }

    @SuppressWarnings("unchecked")
    static <T> T stripTags(T value) {
        if (value instanceof OverrideTag o) {
            return (T) stripTags(o.value());
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> plain = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (!(v instanceof ResetTag)) {
                    plain.put(k.toString(), stripTags(v));
                }
            });
            return (T) plain;
        }
        if (value instanceof List<?> list) {
            return (T) new ArrayList<>(list.stream().map(ComposeFiles::stripTags).toList());
        }
        return value;
    }

    private static Object interpolate(Object value) {
        if (value instanceof String s) {
            Matcher m = VARIABLE.matcher(s);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String replacement = m.group(2) != null && m.group(2).endsWith("-") ? m.group(3) : "";
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            return m.appendTail(out).toString();
        }
        if (value instanceof OverrideTag o) {
            return new OverrideTag(interpolate(o.value()));
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k.toString(), interpolate(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list.stream().map(ComposeFiles::interpolate).toList());
        }
        return value;
    }

    /** SnakeYAML's safe constructor plus Compose's {@code !override} and {@code !reset} tags. */
    private static final class TagAwareConstructor extends SafeConstructor {
        TagAwareConstructor() {
            super(new LoaderOptions());
            yamlConstructors.put(new Tag("!override"), new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    return new OverrideTag(constructTagged(node));
                }
            });
            yamlConstructors.put(new Tag("!reset"), new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    return ResetTag.INSTANCE;
                }
            });
        }

        private Object constructTagged(Node node) {
            if (node instanceof SequenceNode sequence) {
                return constructSequence(sequence);
            }
            if (node instanceof MappingNode mapping) {
                return constructMapping(mapping);
            }
            return constructScalar((org.yaml.snakeyaml.nodes.ScalarNode) node);
        }
    }
}
