package nl.trede.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway's Swagger UI in a real browser (the quality requirements): headless Chromium (Debian's {@code chromium},
 * installed by deploy/local/tools.sh) loads {@code /q/swagger-ui}, which shows the aggregated Trede document by
 * default; the rendered page lists operations of all four services, and a screenshot is kept as a build artifact
 * ({@code system-tests/target/artifacts/swagger-ui.png}). The machine may have no internet: Swagger UI's assets come
 * from the gateway itself. Without Chromium this test fails; it never skips.
 */
@ExtendWith(Stack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SwaggerUiSystemTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("trede.chromium", "/usr/bin/chromium"));
    private static final String SWAGGER_UI = Stack.GATEWAY + "/q/swagger-ui/";
    private static final Path ARTIFACTS = Path.of("target", "artifacts").toAbsolutePath();
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int WIDTH = 1400;
    private static final int HEIGHT = 4000;

    /** One operation of each service, as Swagger UI renders its path. */
    private static final List<String> OPERATIONS = List.of("/api/intake/v1/meldingen", "/api/casework/v1/zaken",
            "/api/enforcement/v1/gedragingen", "/api/ladder/v1/metingen");

    @Test
    @Order(1)
    void swaggerUiRendersTheOperationsOfAllFourServices() throws Exception {
        String dom = chromium("--dump-dom", "--virtual-time-budget=30000", SWAGGER_UI);
        // The aggregated document is the one shown (not the gateway's own), with every service in it.
        assertTrue(dom.contains("Trede API"), "title of the aggregated document missing:\n" + head(dom));
        for (String path : OPERATIONS) {
            assertTrue(dom.contains("data-path=\"" + path + "\""), "no operation on " + path + " rendered:\n"
                    + head(dom));
        }
        assertTrue(!dom.contains("Failed to load API definition"), "Swagger UI could not load the document");
    }

    @Test
    @Order(2)
    void aScreenshotIsKeptAsBuildArtifact() throws Exception {
        Files.createDirectories(ARTIFACTS);
        Path png = ARTIFACTS.resolve("swagger-ui.png");
        Files.deleteIfExists(png);
        chromium("--screenshot=" + png, "--window-size=" + WIDTH + "," + HEIGHT, "--hide-scrollbars",
                "--virtual-time-budget=30000", SWAGGER_UI);
        assertTrue(Files.isRegularFile(png), "no screenshot written to " + png);
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 50_000, "screenshot suspiciously small: " + bytes.length + " bytes");
        assertTrue(Arrays.equals(PNG_SIGNATURE, Arrays.copyOf(bytes, 8)), "not a PNG");
        // IHDR is the first chunk: width and height as big-endian ints at offsets 16 and 20.
        assertEquals("IHDR", new String(bytes, 12, 4, StandardCharsets.US_ASCII));
        ByteBuffer header = ByteBuffer.wrap(bytes, 16, 8);
        assertEquals(WIDTH, header.getInt(), "width");
        assertEquals(HEIGHT, header.getInt(), "height");
    }

    /** Runs headless Chromium with a fresh profile on the given arguments; returns its standard output. */
    private static String chromium(String... args) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " not found: run deploy/local/tools.sh "
                + "(apt-get install chromium)");
        Path profile = Files.createTempDirectory("trede-chromium");
        Path out = Files.createTempFile("trede-chromium", ".out");
        Path err = Files.createTempFile("trede-chromium", ".err");
        try {
            List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("chromium did not finish within 3 minutes: " + tail(err));
            }
            assertEquals(0, process.exitValue(), "chromium failed: " + tail(err));
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            try (Stream<Path> paths = Files.walk(profile)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static String head(String text) {
        return text.length() > 3000 ? text.substring(0, 3000) + " ..." : text;
    }

    private static String tail(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.length() > 3000 ? "... " + text.substring(text.length() - 3000) : text;
    }
}
