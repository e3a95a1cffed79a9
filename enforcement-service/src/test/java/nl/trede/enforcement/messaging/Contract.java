package nl.trede.enforcement.messaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JSON examples of the contract between casework and enforcement in {@code docs/contracts}: both modules' tests
 * read the same files, so the event shapes and the catalogue codes cannot drift apart unnoticed.
 */
public final class Contract {

    private Contract() {
    }

    /** The text of {@code docs/contracts/<naam>} (tests run in the module's directory). */
    public static String voorbeeld(String naam) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docs/contracts"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("docs/contracts not found above " + Path.of("").toAbsolutePath());
        }
        try {
            return Files.readString(dir.resolve("docs/contracts").resolve(naam));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
