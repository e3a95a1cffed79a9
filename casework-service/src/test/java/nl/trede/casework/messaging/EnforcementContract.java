package nl.trede.casework.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.trede.casework.domain.GedragingscategorieCatalogus;

/**
 * The JSON examples of the contract with enforcement in {@code docs/contracts}, which enforcement's tests check
 * against what enforcement really publishes: casework's tests consume the same files, so the codes casework accepts
 * are the codes enforcement judges.
 */
public final class EnforcementContract {

    public static final String CATALOGUS = "enforcement-gedragingscategorieen-gewijzigd.json";
    public static final String GEWEIGERD = "enforcement-gedraging-geweigerd.json";

    private EnforcementContract() {
    }

    /** The example {@code naam} (a CloudEvent in JSON: type, subject, data). */
    public static JsonNode voorbeeld(String naam) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docs/contracts"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("docs/contracts not found above " + Path.of("").toAbsolutePath());
        }
        try {
            return new ObjectMapper().readTree(Files.readString(dir.resolve("docs/contracts").resolve(naam)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores enforcement's shipped catalogue, as the consumer does when the event arrives. */
    public static void catalogusLaden() {
        Arc.container().instance(GedragingscategorieCatalogus.class).get().vervang(voorbeeld(CATALOGUS).get("data"));
    }
}
