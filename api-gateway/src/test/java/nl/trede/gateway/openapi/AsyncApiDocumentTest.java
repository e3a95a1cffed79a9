package nl.trede.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document (docs/asyncapi/asyncapi.json, https://www.asyncapi.com/docs/reference/specification/v3.0.0)
 * and the code agree: every event type a service declares as a constant in its main sources has a message on its
 * service's channel, and every message is a type some service declares — except a type whose contract is written
 * before its code (the message names it with {@code x-trede-contract}).
 */
class AsyncApiDocumentTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Map<String, String> MODULES = Map.of("intake", "intake-service", "casework",
            "casework-service", "enforcement", "enforcement-service", "ladder", "participation-ladder-service");
    /** {@code NAME = "nl.trede.x."} (a prefix) or {@code NAME = "nl.trede.x.y"} (a type). */
    private static final Pattern LITERAL =
            Pattern.compile("static final String (\\w+) = \"(nl\\.trede\\.[a-z]+\\.[a-z-]*)\"");
    /** {@code NAME = [Class.]PREFIX + "y"}. */
    private static final Pattern CONCATENATED =
            Pattern.compile("static final String (\\w+) = (?:(\\w+)\\.)?(\\w+) \\+ \"([a-z-]+)\"");

    private final JsonNode document = document();

    @Test
    void everyTypeInTheCodeHasAMessageOnItsTopicAndViceVersa() throws IOException {
        Set<String> inCode = typesInCode();
        Map<String, String> documented = new TreeMap<>();
        Set<String> contractFirst = new TreeSet<>();
        document.path("components").path("messages").forEach(message -> {
            String type = message.path("headers").path("properties").path("ce_type").path("const").asText();
            assertEquals(type, message.path("name").asText(), "message name is its CloudEvents type");
            documented.put(type, message.path("name").asText());
            if (message.has("x-trede-contract")) {
                contractFirst.add(type);
                assertTrue(Files.exists(ROOT.resolve(message.path("x-trede-contract").asText())), type);
            }
        });
        Set<String> missing = new TreeSet<>(inCode);
        missing.removeAll(documented.keySet());
        assertTrue(missing.isEmpty(), "event types in the code without a message in the AsyncAPI document: " + missing);
        Set<String> unknown = new TreeSet<>(documented.keySet());
        unknown.removeAll(inCode);
        unknown.removeAll(contractFirst);
        assertTrue(unknown.isEmpty(), "messages in the AsyncAPI document that no service declares: " + unknown);
        assertTrue(inCode.size() >= 45, "the scan found the services' types: " + inCode.size());
    }

    @Test
    void everyMessageIsOnTheTopicOfTheServiceThatPublishesIt() {
        Map<String, String> topicOf = new HashMap<>();
        document.path("channels").forEach(channel -> channel.path("messages").forEach(ref -> {
            String id = ref.path("$ref").asText().replace("#/components/messages/", "");
            topicOf.put(id, channel.path("address").asText());
        }));
        document.path("components").path("messages").properties().forEach(entry -> {
            String type = entry.getValue().path("name").asText();
            String bron = type.split("\\.")[2];
            assertEquals("trede." + bron + ".v1", topicOf.get(entry.getKey()), type);
            assertEquals("object", entry.getValue().path("payload").path("type").asText(), type);
        });
        Set<String> operations = new TreeSet<>();
        document.path("operations").forEach(op -> {
            assertEquals("send", op.path("action").asText());
            operations.add(op.path("channel").path("$ref").asText());
        });
        assertEquals(Set.of("#/channels/intake", "#/channels/casework", "#/channels/enforcement", "#/channels/ladder"),
                operations);
        assertEquals("3.0.0", document.path("asyncapi").asText());
    }

    /** Every type constant in the four services' main sources, its prefix resolved within the repository. */
    static Set<String> typesInCode() throws IOException {
        Map<String, String> prefixes = new HashMap<>();
        Map<Path, String> sources = new TreeMap<>();
        for (String module : MODULES.values()) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    sources.put(file, source);
                    String simpleName = file.getFileName().toString().replace(".java", "");
                    Matcher m = LITERAL.matcher(source);
                    while (m.find()) {
                        if (m.group(2).endsWith(".")) {
                            prefixes.put(simpleName + "." + m.group(1), m.group(2));
                        }
                    }
                }
            }
        }
        Set<String> types = new TreeSet<>();
        for (Map.Entry<Path, String> file : sources.entrySet()) {
            String simpleName = file.getKey().getFileName().toString().replace(".java", "");
            Matcher literal = LITERAL.matcher(file.getValue());
            while (literal.find()) {
                if (!literal.group(2).endsWith(".")) {
                    types.add(literal.group(2));
                }
            }
            Matcher concat = CONCATENATED.matcher(file.getValue());
            while (concat.find()) {
                String owner = concat.group(2) == null ? simpleName : concat.group(2);
                String prefix = prefixes.get(owner + "." + concat.group(3));
                if (prefix != null) {
                    types.add(prefix + concat.group(4));
                }
            }
        }
        return types;
    }

    private static JsonNode document() {
        try (InputStream in = Files.newInputStream(ROOT.resolve("docs/asyncapi/asyncapi.json"))) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
