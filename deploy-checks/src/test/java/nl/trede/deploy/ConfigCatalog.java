package nl.trede.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one service reads from its configuration, derived from its sources — never a hand-kept list:
 * <ul>
 *   <li>every key of its {@code src/main/resources/application.properties} (any profile);</li>
 *   <li>every {@code @ConfigProperty(name = ...)} and every {@code @ConfigMapping} member in its own and the
 *       platform's {@code src/main/java} (minus the platform classes its {@code quarkus.arc.exclude-types}
 *       removes), with their {@code defaultValue}/{@code @WithDefault};</li>
 *   <li>the datasource login Quarkus reads once {@code quarkus.datasource.db-kind} is set
 *       ({@code quarkus.datasource.jdbc.url/username/password}).</li>
 * </ul>
 * A property's environment variable is its name upper-cased with every character other than a letter or digit
 * replaced by {@code _} (the MicroProfile Config rule Quarkus follows). A property is <em>required</em> in a
 * deployment when, for the prod profile, it has no value and no default, or its value/default points at the
 * developer's machine (127.0.0.1 / localhost), which never works inside a container.
 */
final class ConfigCatalog {

    /** Accepted in every container although no property reads them: the JVM's and the OS's own. */
    static final Set<String> PLATFORM_ENV = Set.of("JAVA_TOOL_OPTIONS", "TZ", "LANG");

    /** Quarkus runtime properties any service may be given although its application.properties is silent. */
    private static final List<String> QUARKUS_GENERAL = List.of("quarkus.http.host", "quarkus.profile",
            "quarkus.log.level");

    private static final Pattern CONFIG_PROPERTY = Pattern.compile(
            "@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"(\\s*,\\s*defaultValue\\s*=\\s*\"([^\"]*)\")?");
    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern INTERFACE = Pattern.compile("\\binterface\\s+(\\w+)");
    private static final Pattern MEMBER = Pattern.compile("^\\s*(?:public\\s+)?([\\w.<>?, ]+?)\\s+(\\w+)\\(\\s*\\)\\s*;");
    private static final Pattern WITH_DEFAULT = Pattern.compile("@WithDefault\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern WITH_NAME = Pattern.compile("@WithName\\(\\s*\"([^\"]*)\"\\s*\\)");

    /** A configuration property: its prod value (or default) if any, and whether it may be absent. */
    record Property(String name, String prodValue, boolean optional) {
        String env() {
            return toEnv(name);
        }

        boolean required() {
            if (optional) {
                return false;
            }
            return prodValue == null || prodValue.contains("127.0.0.1") || prodValue.contains("localhost");
        }
    }

    private final String module;
    private final Map<String, Property> properties = new TreeMap<>();
    private boolean kafka;

    private ConfigCatalog(String module) {
        this.module = module;
    }

    static ConfigCatalog of(String module) {
        ConfigCatalog c = new ConfigCatalog(module);
        Path root = Repo.root();
        Properties props = load(root.resolve(module).resolve("src/main/resources/application.properties"));
        c.readProperties(props);
        List<String> excluded = new ArrayList<>();
        for (String pattern : props.getProperty("quarkus.arc.exclude-types", "").split(",")) {
            if (!pattern.isBlank()) {
                excluded.add(pattern.strip());
            }
        }
        c.readJava(root.resolve(module).resolve("src/main/java"), List.of());
        c.readJava(root.resolve("platform/src/main/java"), excluded);
        if (c.properties.containsKey("quarkus.datasource.db-kind")) {
            for (String p : List.of("quarkus.datasource.jdbc.url", "quarkus.datasource.username",
                    "quarkus.datasource.password")) {
                c.properties.putIfAbsent(p, new Property(p, null, false));
            }
        }
        for (String p : QUARKUS_GENERAL) {
            c.properties.putIfAbsent(p, new Property(p, "", true));
        }
        return c;
    }

    String module() {
        return module;
    }

    Map<String, Property> properties() {
        return properties;
    }

    /** Whether {@code name} is an environment variable this service reads (or a JVM/OS one). */
    boolean reads(String name) {
        if (PLATFORM_ENV.contains(name)) {
            return true;
        }
        // Any Kafka client property passes through kafka.* (README: e.g. SASL/TLS settings).
        if (kafka && name.startsWith("KAFKA_") && name.length() > "KAFKA_".length()) {
            return true;
        }
        return properties.values().stream().anyMatch(p -> p.env().equals(name));
    }

    /** Environment variables a deployment must set, with the reason. */
    Map<String, String> requiredEnv() {
        Map<String, String> required = new TreeMap<>();
        for (Property p : properties.values()) {
            if (p.required()) {
                required.put(p.env(), p.prodValue() == null
                        ? p.name() + " has no value and no default"
                        : p.name() + " defaults to " + p.prodValue() + ", which is the developer's machine");
            }
        }
        return required;
    }

    static String toEnv(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    // --- application.properties ---------------------------------------------------------------------------

    private static Properties load(Path file) {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            props.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }

    private void readProperties(Properties props) {
        Map<String, String> plain = new LinkedHashMap<>();
        Map<String, String> prod = new LinkedHashMap<>();
        Set<String> other = new TreeSet<>();
        for (String key : props.stringPropertyNames()) {
            String value = props.getProperty(key);
            if (key.startsWith("%")) {
                int dot = key.indexOf('.');
                String profile = key.substring(1, dot);
                String name = key.substring(dot + 1);
                if (profile.equals("prod")) {
                    prod.put(name, value);
                } else {
                    other.add(name);
                }
            } else {
                plain.put(key, value);
            }
        }
        Set<String> names = new TreeSet<>(plain.keySet());
        names.addAll(prod.keySet());
        names.addAll(other);
        for (String name : names) {
            String value = prod.containsKey(name) ? prod.get(name) : plain.get(name);
            // A key set only for dev/test: known, but prod does not need it.
            boolean optional = value == null;
            properties.put(name, new Property(name, value == null ? "" : value, optional));
            if (name.startsWith("kafka.")) {
                kafka = true;
            }
        }
    }

    // --- Java sources -------------------------------------------------------------------------------------

    private void readJava(Path dir, List<String> excluded) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String fqn = dir.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
                if (excluded.stream().anyMatch(p -> matches(p, fqn))) {
                    continue;
                }
                String source = stripComments(Files.readString(file));
                readConfigProperties(source);
                readConfigMapping(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** quarkus.arc.exclude-types patterns: {@code pkg.**} (package and below), {@code pkg.*}, or a class name. */
    private static boolean matches(String pattern, String fqn) {
        if (pattern.endsWith(".**")) {
            return fqn.startsWith(pattern.substring(0, pattern.length() - 2));
        }
        if (pattern.endsWith(".*")) {
            String pkg = pattern.substring(0, pattern.length() - 1);
            return fqn.startsWith(pkg) && fqn.indexOf('.', pkg.length()) < 0;
        }
        return fqn.equals(pattern) || fqn.endsWith("." + pattern);
    }

    private static String stripComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", "");
    }

    private void readConfigProperties(String source) {
        Matcher m = CONFIG_PROPERTY.matcher(source);
        while (m.find()) {
            String name = m.group(1);
            String def = m.group(3);
            Property known = properties.get(name);
            if (known == null || known.prodValue() == null || known.optional()) {
                // The value in application.properties wins over the annotation's default.
                String value = known != null && !known.optional() ? known.prodValue() : def;
                boolean optional = source.substring(m.end(), Math.min(source.length(), m.end() + 80))
                        .matches("(?s)\\s*\\)\\s*Optional<.*");
                properties.put(name, new Property(name, value, optional));
            }
        }
    }

    private record Member(String type, String name, String withDefault, boolean hasDefault) {
    }

    private void readConfigMapping(String source) {
        Matcher mapping = CONFIG_MAPPING.matcher(source);
        if (!mapping.find()) {
            return;
        }
        String prefix = mapping.group(1);
        Matcher top = INTERFACE.matcher(source);
        if (!top.find(mapping.end())) {
            return;
        }
        Map<String, List<Member>> interfaces = interfaces(source);
        expand(prefix, top.group(1), interfaces, false);
    }

    private void expand(String prefix, String iface, Map<String, List<Member>> interfaces, boolean optionalGroup) {
        for (Member member : interfaces.getOrDefault(iface, List.of())) {
            String type = member.type().strip();
            boolean optional = optionalGroup || type.startsWith("Optional") || type.startsWith("java.util.Optional");
            String bare = type.replaceAll("^(java\\.util\\.)?Optional<(.*)>$", "$2").strip();
            String name = prefix + "." + member.name();
            if (interfaces.containsKey(bare)) {
                expand(name, bare, interfaces, optional);
                continue;
            }
            String value = properties.containsKey(name) && !properties.get(name).optional()
                    ? properties.get(name).prodValue()
                    : member.hasDefault() ? member.withDefault() : null;
            if (type.startsWith("boolean") || type.equals("int") || type.equals("long")) {
                // Primitives without a default would fail at start-up; treat as required.
                optional = optional && member.hasDefault();
            }
            properties.put(name, new Property(name, value, optional));
        }
    }

    /** Interface name → its members (method name in kebab case), found by brace depth. */
    private static Map<String, List<Member>> interfaces(String source) {
        Map<String, List<Member>> result = new LinkedHashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        int depth = 0;
        String pendingDefault = null;
        String pendingName = null;
        boolean hasPendingDefault = false;
        for (String line : source.split("\n")) {
            Matcher iface = INTERFACE.matcher(line);
            Matcher def = WITH_DEFAULT.matcher(line);
            if (def.find()) {
                pendingDefault = def.group(1);
                hasPendingDefault = true;
            }
            Matcher withName = WITH_NAME.matcher(line);
            if (withName.find()) {
                pendingName = withName.group(1);
            }
            String code = line.replaceAll("@\\w+(\\([^)]*\\))?", "");
            Matcher member = MEMBER.matcher(code);
            if (!stack.isEmpty() && member.find() && depth == depths.peek()) {
                String name = pendingName != null ? pendingName : kebab(member.group(2));
                result.get(stack.peek()).add(new Member(member.group(1), name, pendingDefault, hasPendingDefault));
                pendingDefault = null;
                pendingName = null;
                hasPendingDefault = false;
            }
            for (char ch : line.toCharArray()) {
                if (ch == '{') {
                    depth++;
                    if (iface.find(0) && (stack.isEmpty() || !stack.peek().equals(iface.group(1)))
                            && !result.containsKey(iface.group(1))) {
                        stack.push(iface.group(1));
                        depths.push(depth);
                        result.put(iface.group(1), new ArrayList<>());
                    }
                } else if (ch == '}') {
                    if (!depths.isEmpty() && depths.peek() == depth) {
                        stack.pop();
                        depths.pop();
                    }
                    depth--;
                }
            }
        }
        return result;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
