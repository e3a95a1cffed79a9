package nl.trede.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One trace from the gateway to casework's consumer (docs/decisions/0010-opentelemetry-for-tracing.md): the
 * doorzetten request enters the gateway with a W3C {@code traceparent} (https://www.w3.org/TR/trace-context/);
 * OpenTelemetry continues it in the gateway, in intake (HTTP server span, the outbox row, the relay's producer span),
 * over Kafka (the CloudEvents {@code traceparent} extension) and in casework's consumer span, which opens the zaak.
 * The services' logs (target/stack) show that trace id on the gateway's access line, on intake's line for the
 * published {@code melding-doorgezet} and on casework's line for the applied event; the test prints those lines.
 */
@ExtendWith(Stack.class)
class TraceSystemTest {

    private static final Path LOGS = Path.of(System.getProperty("trede.root", "..")).resolve(Stack.RUN_DIR);
    private static final SecureRandom RANDOM = new SecureRandom();

    private static RequestSpecification as(String role) {
        return given().baseUri(Stack.GATEWAY).header("Authorization", Stack.bearer(role))
                .contentType(ContentType.JSON);
    }

    @Test
    void meldingToZaakIsOneTraceFromTheGatewayToCaseworksConsumer() throws Exception {
        String traceId = HexFormat.of().formatHex(bytes(16));
        String traceparent = "00-" + traceId + "-" + HexFormat.of().formatHex(bytes(8)) + "-01";

        Map<String, Object> body = Map.of("type", "aanvraag-levensonderhoud", "bsn", MeldingToZaakSystemTest.randomBsn(),
                "naam", "T. Trace", "geboortedatum", "1990-06-01", "kanaal", "digitaal");
        var created = as("intake-medewerker").body(body).post("/api/intake/v1/meldingen").then().statusCode(201)
                .extract();
        String melding = "/api/intake/v1/meldingen/" + created.path("id");
        String klantId = created.path("klantId");
        as("intake-medewerker").body(Map.of("hulpvraag", List.of("werk"), "juisteLoket", "gemeente",
                "rapportage", "Screening gehouden.")).post(melding + "/screening").then().statusCode(200);
        as("intake-medewerker").body(Map.of("zelfbeoordeling", "dariuz", "resultaat", "Wil werken."))
                .post(melding + "/ambitiegesprek").then().statusCode(200);
        as("intake-medewerker").body(Map.of("klantgroep", "matchen", "reden", "Binnen zes maanden."))
                .post(melding + "/klantgroep-besluiten").then().statusCode(200);

        as("intake-medewerker").header("traceparent", traceparent).post(melding + "/doorzetten")
                .then().statusCode(202);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (as("klantmanager").queryParam("klantId", klantId).get("/api/casework/v1/zaken")
                .then().statusCode(200).extract().<Integer>path("totalItems") < 1) {
            assertFalse(Instant.now().isAfter(deadline), "no zaak for the klant within 60 s");
            Thread.sleep(100);
        }

        List<String> gateway = awaitLines("gateway.log", traceId, "POST intake", deadline);
        List<String> intake = awaitLines("intake.log", traceId, "(nl.trede.intake.melding-doorgezet) published",
                deadline);
        List<String> casework = awaitLines("casework.log", traceId, "(nl.trede.intake.melding-doorgezet) applied",
                deadline);
        // The zaak casework opened in that consumer span announces itself in the same trace.
        casework = awaitLines("casework.log", traceId, "(nl.trede.casework.zaak-aangemaakt) published", deadline);
        System.out.printf("[system-test] trace %s from the gateway request to casework's consumer:%n", traceId);
        for (String line : concat(gateway, intake, casework)) {
            System.out.println("[system-test]   " + line);
        }
        assertTrue(casework.stream().anyMatch(l -> l.contains("applied")), "casework's consumer: " + casework);
    }

    /** The lines of {@code log} with the trace id, once one of them contains {@code expected}. */
    private static List<String> awaitLines(String log, String traceId, String expected, Instant deadline)
            throws IOException, InterruptedException {
        while (true) {
            List<String> lines = Files.readAllLines(LOGS.resolve(log), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains(traceId)).map(l -> log + ": " + l).toList();
            if (lines.stream().anyMatch(l -> l.contains(expected))) {
                return lines;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(log + " has no line with trace " + traceId + " and \"" + expected
                        + "\"; lines of the trace: " + lines);
            }
            Thread.sleep(200);
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
