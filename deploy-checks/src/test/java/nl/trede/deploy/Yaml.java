package nl.trede.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/** YAML (one or many documents) as Jackson trees; SnakeYAML parses, so anchors and merge keys work. */
final class Yaml {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Yaml() {
    }

    static List<JsonNode> all(String text) {
        List<JsonNode> docs = new ArrayList<>();
        for (Object doc : snake().loadAll(text)) {
            if (doc != null) {
                docs.add(JSON.valueToTree(doc));
            }
        }
        return docs;
    }

    static JsonNode one(Path file) {
        try {
            return JSON.valueToTree(snake().load(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static org.yaml.snakeyaml.Yaml snake() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new org.yaml.snakeyaml.Yaml(options);
    }
}
