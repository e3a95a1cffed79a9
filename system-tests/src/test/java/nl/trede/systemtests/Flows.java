package nl.trede.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * The intake flow of the fault tests over plain {@link HttpClient}: thread-safe, one client for many threads, and a
 * hard timeout on every request (a request that hangs is a failure the tests must see, not wait for).
 */
final class Flows {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Flows() {
    }

    /** One answer: status, media type, body and how long it took. Status 0: no answer (timeout, refused). */
    record Answer(int status, String contentType, String body, long millis, String error) {
        boolean success() {
            return status >= 200 && status < 300;
        }

        boolean problem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status == 0 ? "no answer after " + millis + " ms (" + error + ")"
                    : status + " " + contentType + " after " + millis + " ms: "
                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    static Answer send(String method, String url, String role, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", Stack.bearer(role)).header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return send(request.build());
    }

    /** Sends a prepared request; its answer, or status 0 when none came (timeout, refused). */
    static Answer send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), (System.nanoTime() - start) / 1_000_000, null);
        } catch (IOException e) {
            return new Answer(0, null, "", (System.nanoTime() - start) / 1_000_000, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A melding that was doorgezet: intake's ids for it (no personal data). */
    record Doorgezet(String meldingId, String klantId) {
    }

    /**
     * Registers a melding with a fresh BSN at {@code base} (the gateway or intake itself), walks it through the intake
     * steps of sources D3.1 and doorzet it; throws with the failing answer if any step is refused.
     */
    static Doorgezet doorgezetMelding(String base) {
        String body = "{\"type\":\"aanvraag-levensonderhoud\",\"bsn\":\"" + MeldingToZaakSystemTest.randomBsn()
                + "\",\"naam\":\"F. Fault\",\"geboortedatum\":\"1988-02-03\",\"kanaal\":\"digitaal\"}";
        Answer created = expect(201, send("POST", base + "/api/intake/v1/meldingen", "intake-medewerker", body));
        String id = created.json().path("id").asText();
        String melding = base + "/api/intake/v1/meldingen/" + id;
        expect(200, send("POST", melding + "/screening", "intake-medewerker",
                "{\"hulpvraag\":[\"inkomen\",\"werk\"],\"juisteLoket\":\"gemeente\",\"rapportage\":\"Screening.\"}"));
        expect(200, send("POST", melding + "/ambitiegesprek", "intake-medewerker",
                "{\"zelfbeoordeling\":\"dariuz\",\"resultaat\":\"Wil aan het werk.\"}"));
        expect(200, send("POST", melding + "/klantgroep-besluiten", "intake-medewerker",
                "{\"klantgroep\":\"matchen\",\"reden\":\"Binnen zes maanden aan het werk.\"}"));
        expect(202, send("POST", melding + "/doorzetten", "intake-medewerker", null));
        return new Doorgezet(UUID.fromString(id).toString(), created.json().path("klantId").asText());
    }

    /** The sum of a Prometheus counter/gauge over its label sets, from a service's {@code /q/metrics}. */
    static double metric(String serviceUrl, String name) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(serviceUrl + "/q/metrics")).timeout(TIMEOUT).build();
        try {
            String text = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
            return text.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
        } catch (IOException e) {
            throw new IllegalStateException("no metrics from " + serviceUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Answer expect(int status, Answer answer) {
        if (answer.status() != status) {
            throw new AssertionError("expected " + status + ", got " + answer);
        }
        return answer;
    }
}
