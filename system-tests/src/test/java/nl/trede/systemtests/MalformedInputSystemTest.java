package nl.trede.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The malformed-input sweep (README.md#api-conventions: bad input gets a problem+json answer and changes
 * nothing): hundreds of bad requests generated from the aggregated OpenAPI document against the running suite — every
 * request body malformed, of the wrong shape, and with each property of the wrong type or an unknown code; malformed
 * path ids and query values; invalid BSNs; a body above the size limit; illegal state transitions; missing, garbage,
 * forged and unsigned tokens and wrong roles. Every answer must be a 4xx {@code application/problem+json} with
 * {@code status}, {@code title} and {@code detail} (never a 5xx, never a success), and the domain tables of the five
 * databases hold exactly as many rows afterwards as before (the audit log is left out: refused and failed accesses
 * are recorded there on purpose). {@link #everyOperationIsStrictAtTheBorder} then walks the strict input policy over
 * every operation with exact statuses.
 */
@ExtendWith(Stack.class)
class MalformedInputSystemTest {

    private static final Path ROOT = Path.of(System.getProperty("trede.root", "..")).toAbsolutePath().normalize();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    /** The services with a database (trede_<name>), whose rows must not change. */
    private static final List<String> SERVICES = List.of("intake", "casework", "enforcement", "ladder", "worklist");

    private final Map<String, String> bearers = new java.util.HashMap<>();
    private final List<String> wrong = new ArrayList<>();
    private final Map<String, Integer> perKind = new TreeMap<>();
    /** The aggregated OpenAPI document the sweeps are generated from, fetched once. */
    private static Map<String, Object> openapi;
    /**
     * A fresh aanvraag in intake (no screening, no klantgroep) for the state-transition cases and the weak ETag; every
     * request on it is refused, so it stays fresh for both sweeps. Written before either baseline is taken.
     */
    private static String melding;

    @BeforeAll
    static void fixture() {
        openapi = given().baseUri(Stack.GATEWAY).get("/api/openapi.json").then().statusCode(200).extract()
                .jsonPath().getMap("");
        melding = given().baseUri(Stack.GATEWAY).header("Authorization", Stack.bearer("intake-medewerker",
                        "sweep-fixture")).contentType(ContentType.JSON).body(Map.of("type", "aanvraag-levensonderhoud",
                        "bsn", MeldingToZaakSystemTest.randomBsn(), "naam", "S. Sweep", "geboortedatum", "1980-01-01",
                        "kanaal", "digitaal"))
                .post("/api/intake/v1/meldingen").then().statusCode(201).extract().path("id");
    }

    private String bearer(String role) {
        return bearers.computeIfAbsent(role, r -> Stack.bearer(r, "sweep-" + r));
    }

    /** Sends one bad request and checks the answer. */
    private void bad(String kind, String what, Supplier<Response> request) {
        perKind.merge(kind, 1, Integer::sum);
        Response r = request.get();
        int status = r.statusCode();
        String type = r.contentType() == null ? "" : r.contentType();
        if (status < 400 || status >= 500 || status == 429 || status == 422) {
            // 429 would mean the gateway's rate limit answered instead of the validation under test; 422 is never
            // used (ADR 2.2 /core/error-handling/invalid-input: invalid input is 400).
            wrong.add(what + ": " + status + " " + abbreviate(r.asString()));
            return;
        }
        if (!type.startsWith("application/problem+json")) {
            wrong.add(what + ": " + status + " with content type '" + type + "'");
            return;
        }
        Object problemStatus = r.path("status");
        if (!Integer.valueOf(status).equals(problemStatus) || r.path("title") == null || r.path("detail") == null) {
            wrong.add(what + ": " + status + " problem without matching status/title/detail: "
                    + abbreviate(r.asString()));
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String name = ref.toString().substring(ref.toString().lastIndexOf('/') + 1);
        return resolve((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) openapi.get("components"))
                .get("schemas")).get(name));
    }

    /** A JSON value of the wrong type (or an unknown code) for this schema. */
    private Object wrongValue(Map<String, Object> raw) {
        Map<String, Object> schema = resolve(raw);
        Object type = schema.get("type");
        if (schema.containsKey("enum")) {
            return "geen-bestaande-code";
        }
        if ("date".equals(schema.get("format"))) {
            return "2026-02-30";
        }
        if ("uuid".equals(schema.get("format"))) {
            return "geen-uuid";
        }
        if ("integer".equals(type) || "number".equals(type)) {
            return "geen-getal";
        }
        if ("boolean".equals(type)) {
            return "misschien";
        }
        if ("array".equals(type)) {
            return "geen-lijst";
        }
        if ("object".equals(type) || schema.containsKey("properties")) {
            return 42;
        }
        return Map.of("genest", true); // a string (or anything else) given an object
    }

    private String allowedRole(Map<String, Object> op) {
        @SuppressWarnings("unchecked")
        List<Map<String, List<String>>> security = (List<Map<String, List<String>>>) op.get("security");
        return security.get(0).values().iterator().next().stream().filter(r -> !r.equals("trede-service"))
                .findFirst().orElseThrow();
    }

    private RequestSpecification as(String role) {
        return given().baseUri(Stack.GATEWAY).header("Authorization", bearer(role));
    }

    private static String withRandomIds(String template) {
        return template.replaceAll("\\{[A-Za-z]+}", java.util.UUID.randomUUID().toString());
    }

    /** Rows per domain table of the five databases (the audit log left out). */
    static Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        String password;
        try {
            password = Files.readString(ROOT.resolve("deploy/local/.work/db-password")).strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String sql = "select table_name || '=' || (xpath('/row/c/text()', query_to_xml(format('select count(*) as c "
                + "from %I', table_name), false, true, '')))[1]::text from information_schema.tables where "
                + "table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in "
                + "('flyway_schema_history', 'verwerking_log') order by 1";
        for (String service : SERVICES) {
            String db = "trede_" + service + Stack.DB_SUFFIX;
            try {
                ProcessBuilder pb = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "trede", "-d", db, "-At",
                        "-c", sql).redirectErrorStream(true);
                pb.environment().put("PGPASSWORD", password);
                Process p = pb.start();
                p.getOutputStream().close();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "psql on " + db + ": " + out);
                for (String line : out.strip().split("\n")) {
                    String[] kv = line.split("=", 2);
                    counts.put(db + "." + kv[0], Long.parseLong(kv[1]));
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return counts;
    }

    /** The counts once they stop changing (events of earlier steps may still be in flight). */
    static Map<String, Long> settledRowCounts() throws InterruptedException {
        Map<String, Long> last = rowCounts();
        for (int i = 0; i < 30; i++) {
            Thread.sleep(1_000);
            Map<String, Long> now = rowCounts();
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("the databases did not settle: " + last);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyBadRequestIsA4xxProblemAndWritesNothing() throws InterruptedException {
        Map<String, Long> before = settledRowCounts();

        Map<String, Object> paths = (Map<String, Object>) openapi.get("paths");
        paths.forEach((template, item) -> ((Map<String, Object>) item).forEach((method, o) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            Map<String, Object> op = (Map<String, Object>) o;
            String role = allowedRole(op);
            String m = method.toUpperCase();
            String name = m + " " + template;
            String path = withRandomIds(template);

            // Path ids that are not ids.
            if (template.contains("{")) {
                String garbage = template.replaceAll("\\{[A-Za-z]+}", "niet-een-id");
                bad("path", name + " with a malformed id", () -> m.equals("GET") ? as(role).get(garbage)
                        : as(role).contentType(ContentType.JSON).body("{}").request(m, garbage));
            }
            // Query parameters of the wrong type or with unknown codes.
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) op.getOrDefault("parameters",
                    List.of());
            for (Map<String, Object> p : parameters) {
                if (!"query".equals(p.get("in"))) {
                    continue;
                }
                Map<String, Object> schema = resolve((Map<String, Object>) p.getOrDefault("schema", Map.of()));
                Object value = schema.containsKey("enum") ? "geen-bestaande-code"
                        : "date".equals(schema.get("format")) ? "2026-13-45"
                        : "uuid".equals(schema.get("format")) ? "geen-uuid"
                        : "integer".equals(schema.get("type")) ? "-1x"
                        : "boolean".equals(schema.get("type")) ? "misschien" : null;
                if (value != null) {
                    bad("query", name + " ?" + p.get("name") + "=" + value,
                            () -> as(role).queryParam((String) p.get("name"), value).request(m, path));
                }
            }
            Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
            if (body == null) {
                return;
            }
            // Bodies: not JSON, not an object, the wrong media type, and each property wrong.
            bad("body", name + " with malformed JSON", () -> as(role).contentType(ContentType.JSON)
                    .body("{\"type\": ").request(m, path));
            bad("body", name + " with a JSON array", () -> as(role).contentType(ContentType.JSON)
                    .body("[1, 2]").request(m, path));
            bad("body", name + " as text/plain", () -> as(role).contentType(ContentType.TEXT)
                    .body("hallo").request(m, path));
            Map<String, Object> schema = resolve((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                    body.get("content")).get("application/json")).get("schema"));
            Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
            properties.forEach((property, propertySchema) -> {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put(property, wrongValue((Map<String, Object>) propertySchema));
                bad("property", name + " with " + property + " = " + one.get(property),
                        () -> as(role).contentType(ContentType.JSON).body(one).request(m, path));
            });
        }));

        // Invalid BSNs, in a registration and in the search; never echoed.
        for (String invalid : List.of("123456789", "12345678", "1234567890", "abcdefghi", "", "000000000",
                "99999034 ", "-99999034")) {
            bad("bsn", "registration with BSN '" + invalid + "'", () -> as("intake-medewerker")
                    .contentType(ContentType.JSON).body(Map.of("type", "aanvraag-levensonderhoud", "bsn", invalid,
                            "naam", "X", "geboortedatum", "1990-01-01", "kanaal", "digitaal"))
                    .post("/api/intake/v1/meldingen"));
            bad("bsn", "search with BSN '" + invalid + "'", () -> as("intake-medewerker")
                    .contentType(ContentType.JSON).body(Map.of("bsn", invalid)).post("/api/intake/v1/meldingen/_zoek"));
        }
        // A body above the gateway's limit (10 MiB).
        String huge = "{\"naam\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}";
        bad("size", "an 11 MiB body", () -> as("intake-medewerker").contentType(ContentType.JSON).body(huge)
                .post("/api/intake/v1/meldingen"));
        // Illegal state transitions on the fresh aanvraag (no screening, no klantgroep yet).
        String pad = "/api/intake/v1/meldingen/" + melding;
        bad("transition", "doorzetten before a klantgroep", () -> as("intake-medewerker").post(pad + "/doorzetten"));
        bad("transition", "buiten behandeling without an aanvultermijn", () -> as("intake-medewerker")
                .contentType(ContentType.JSON).body(Map.of("toelichting", "Te vroeg."))
                .post(pad + "/buiten-behandeling"));
        bad("transition", "a klantgroep before the screening", () -> as("intake-medewerker")
                .contentType(ContentType.JSON).body(Map.of("klantgroep", "matchen", "reden", "Te vroeg."))
                .post(pad + "/klantgroep-besluiten"));
        bad("transition", "a stale If-Match", () -> as("intake-medewerker").header("If-Match", "\"999\"")
                .contentType(ContentType.JSON).body(Map.of("hulpvraag", List.of("werk"), "juisteLoket", "gemeente",
                        "rapportage", "Gesprek.")).post(pad + "/screening"));
        // Tokens: none, garbage, a forged signature, an unsigned token, a token for a role that may not.
        String valid = bearer("intake-medewerker").substring("Bearer ".length());
        String[] parts = valid.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(
                StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        for (String target : List.of("/api/intake/v1/meldingen", "/api/casework/v1/zaken",
                "/api/enforcement/v1/gedragingen", "/api/ladder/v1/verwachte-metingen")) {
            bad("token", target + " without a token", () -> given().baseUri(Stack.GATEWAY).get(target));
            bad("token", target + " with a garbage token", () -> given().baseUri(Stack.GATEWAY)
                    .header("Authorization", "Bearer kapot").get(target));
            bad("token", target + " with a forged signature", () -> given().baseUri(Stack.GATEWAY)
                    .header("Authorization", "Bearer " + forged).get(target));
            bad("token", target + " with an unsigned token", () -> given().baseUri(Stack.GATEWAY)
                    .header("Authorization", "Bearer " + unsigned).get(target));
            bad("token", target + " with Basic auth", () -> given().baseUri(Stack.GATEWAY)
                    .header("Authorization", "Basic dHJlZGU6dHJlZGU=").get(target));
            bad("role", target + " as gws-koppeling", () -> as("gws-koppeling").get(target));
        }

        Map<String, Long> after = settledRowCounts();
        int total = perKind.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("[system-test] malformed-input sweep: %d bad requests %s; %d wrong answers; rows before "
                + "%d, after %d%n", total, perKind, wrong.size(), before.values().stream().mapToLong(Long::longValue)
                .sum(), after.values().stream().mapToLong(Long::longValue).sum());
        assertTrue(total >= 200, "at least 200 bad requests, sent " + total);
        assertEquals(List.of(), wrong, "answers that are not a 4xx problem+json");
        assertEquals(before, after, "no row written by a bad request");
    }

    // --- the strict input policy, on every operation of the aggregated OpenAPI document ---------------------------

    /**
     * Sends one request the strict input policy refuses and checks, besides what {@link #bad} checks, the exact
     * status and (for a 400) that {@code invalidParams} names {@code field} (null: any).
     */
    private void strict(String kind, String what, Set<Integer> statuses, String field, Supplier<Response> request) {
        perKind.merge(kind, 1, Integer::sum);
        Response r = request.get();
        int size = wrong.size();
        check(what, r);
        if (wrong.size() > size) {
            return;
        }
        if (!statuses.contains(r.statusCode())) {
            wrong.add(what + ": " + r.statusCode() + " instead of " + statuses + " " + abbreviate(r.asString()));
        } else if (field != null && r.statusCode() == 400) {
            List<String> names = r.path("invalidParams.name");
            if (names == null || !names.contains(field)) {
                wrong.add(what + ": 400 without invalidParams naming " + field + ": " + abbreviate(r.asString()));
            }
        }
    }

    /** The checks of {@link #bad} without counting. */
    private void check(String what, Response r) {
        int status = r.statusCode();
        String type = r.contentType() == null ? "" : r.contentType();
        if (status < 400 || status >= 500 || status == 429 || status == 422) {
            wrong.add(what + ": " + status + " " + abbreviate(r.asString()));
        } else if (!type.startsWith("application/problem+json")) {
            wrong.add(what + ": " + status + " with content type '" + type + "'");
        } else if (!Integer.valueOf(status).equals(r.path("status")) || r.path("title") == null
                || r.path("detail") == null) {
            wrong.add(what + ": " + status + " problem without matching status/title/detail: "
                    + abbreviate(r.asString()));
        }
    }

    private RequestSpecification strictAs(String role) {
        return given().baseUri(Stack.GATEWAY).header("Authorization",
                bearers.computeIfAbsent("strict-" + role, r -> Stack.bearer(role, "strict-" + role)));
    }

    private static final Set<Integer> BAD_REQUEST = Set.of(400);

    /**
     * The strict input policy (README.md#api-conventions), on every operation of the aggregated OpenAPI document:
     * duplicate keys, trailing data, a body without Content-Type, a number for every string property, a number and
     * year 0000 for every date property, NUL, an unpaired surrogate and a bidi override in every string property, a
     * body on every operation that takes none, garbage in every integer and date query parameter, {@code %00} in
     * every path parameter, a weak ETag in every If-Match, a method each path does not have (405 with Allow), and a
     * BSN as X-Request-ID. Each answer must have its exact status and name the field, and nothing is written.
     */
    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsStrictAtTheBorder() throws InterruptedException {
        String bsn = MeldingToZaakSystemTest.randomBsn();
        Map<String, Long> before = settledRowCounts();
        int sizeBefore = wrong.size();

        Map<String, Object> paths = (Map<String, Object>) openapi.get("paths");
        paths.forEach((template, itemObject) -> {
            Map<String, Object> item = (Map<String, Object>) itemObject;
            String anyRole = null;
            for (Map.Entry<String, Object> e : item.entrySet()) {
                if (METHODS.contains(e.getKey())) {
                    anyRole = allowedRole((Map<String, Object>) e.getValue());
                    break;
                }
            }
            if (anyRole == null) {
                return;
            }
            // A method the path does not have: 405 with Allow naming the documented ones.
            String missing = !item.containsKey("delete") ? "DELETE" : !item.containsKey("patch") ? "PATCH" : null;
            if (missing != null) {
                String role405 = anyRole;
                String path405 = withRandomIds(template);
                perKind.merge("strict-405", 1, Integer::sum);
                Response r = strictAs(role405).request(missing, path405);
                check(missing + " " + template, r);
                String allow = r.header("Allow");
                if (r.statusCode() != 405 || allow == null) {
                    wrong.add(missing + " " + template + ": " + r.statusCode() + " Allow=" + allow);
                } else {
                    for (String documented : item.keySet()) {
                        if (METHODS.contains(documented) && !allow.contains(documented.toUpperCase())) {
                            wrong.add(missing + " " + template + ": Allow '" + allow + "' lacks " + documented);
                        }
                    }
                }
            }
            item.forEach((method, o) -> {
                if (!METHODS.contains(method)) {
                    return;
                }
                Map<String, Object> op = (Map<String, Object>) o;
                String role = allowedRole(op);
                String m = method.toUpperCase();
                String name = m + " " + template;
                String path = withRandomIds(template);
                List<Map<String, Object>> parameters = (List<Map<String, Object>>) op.getOrDefault("parameters",
                        List.of());

                // %00 in every path parameter: 400 (or 404), never 500.
                if (template.contains("{")) {
                    String nul = template.replaceAll("\\{[A-Za-z]+}", "%00");
                    strict("strict-path", name + " with %00 in the path", Set.of(400, 404), null,
                            () -> strictAs(role).urlEncodingEnabled(false).request(m, nul));
                }
                for (Map<String, Object> p : parameters) {
                    Map<String, Object> schema = resolve((Map<String, Object>) p.getOrDefault("schema", Map.of()));
                    String pname = (String) p.get("name");
                    if ("query".equals(p.get("in"))) {
                        List<String> values = "integer".equals(schema.get("type"))
                                ? List.of("abc", "9223372036854775808", "1e309")
                                : "date".equals(schema.get("format")) ? List.of("0000-01-01", "20260101")
                                : List.of();
                        for (String value : values) {
                            strict("strict-query", name + " ?" + pname + "=" + value, BAD_REQUEST, pname,
                                    () -> strictAs(role).queryParam(pname, value).request(m, path));
                        }
                        strict("strict-query", name + " ?" + pname + "=%00", BAD_REQUEST, pname,
                                () -> strictAs(role).urlEncodingEnabled(false).request(m, path + "?" + pname + "=a%00"));
                    } else if ("header".equals(p.get("in")) && "If-Match".equalsIgnoreCase(pname)) {
                        // A weak ETag never matches: 412 (404 first for the random id; an empty body may fail its
                        // validation first).
                        Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
                        strict("strict-if-match", name + " with If-Match W/\"0\"",
                                body == null ? Set.of(404, 412) : Set.of(400, 404, 412), null, () -> {
                            RequestSpecification spec = strictAs(role).header("If-Match", "W/\"0\"");
                            return body == null ? spec.request(m, path)
                                    : spec.contentType(ContentType.JSON).body("{}").request(m, path);
                        });
                    }
                }
                Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
                if (body == null) {
                    // An operation without a body refuses one, and does not run.
                    strict("strict-no-body", name + " with a body it does not take", BAD_REQUEST, "body",
                            () -> strictAs(role).contentType(ContentType.JSON).body("{\"x\":1}").request(m, path));
                    return;
                }
                strict("strict-body", name + " without Content-Type", Set.of(415), null,
                        () -> strictAs(role).body("{}".getBytes(StandardCharsets.UTF_8)).request(m, path));
                Map<String, Object> responses = (Map<String, Object>) op.getOrDefault("responses", Map.of());
                if (!responses.containsKey("415")) {
                    wrong.add(name + ": takes a JSON body but its OpenAPI responses do not list 415");
                }
                strict("strict-body", name + " with trailing data", BAD_REQUEST, "body",
                        () -> strictAs(role).contentType(ContentType.JSON).body("{} {\"extra\":1}").request(m, path));
                Map<String, Object> schema = resolve((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                        body.get("content")).get("application/json")).get("schema"));
                Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
                properties.forEach((property, propertySchemaObject) -> {
                    Map<String, Object> propertySchema = resolve((Map<String, Object>) propertySchemaObject);
                    strict("strict-duplicate", name + " with " + property + " twice", BAD_REQUEST, property,
                            () -> strictAs(role).contentType(ContentType.JSON).body("{\"" + property + "\":null,\""
                                    + property + "\":null}").request(m, path));
                    List<String> values = new ArrayList<>();
                    if ("date".equals(propertySchema.get("format"))) {
                        values.addAll(List.of("20260101", "true", "\"0000-01-01\"", "\"2200-01-01\""));
                    } else if ("string".equals(propertySchema.get("type"))) {
                        values.addAll(List.of("870137682", "true", "\"a\\u0000b\"", "\"a\\ud800b\"",
                                "\"a\\u202eb\"", "\"a\\u001bb\""));
                    } else if ("integer".equals(propertySchema.get("type"))
                            || "number".equals(propertySchema.get("type"))) {
                        values.addAll(List.of("\"1\"", "true"));
                    } else if ("boolean".equals(propertySchema.get("type"))) {
                        values.addAll(List.of("\"true\"", "1"));
                    }
                    for (String value : values) {
                        strict("strict-property", name + " with " + property + " = " + value, BAD_REQUEST, property,
                                () -> strictAs(role).contentType(ContentType.JSON)
                                        .body("{\"" + property + "\":" + value + "}").request(m, path));
                    }
                });
            });
        });

        // A weak ETag on the fresh melding: exactly 412.
        strict("strict-if-match", "screening with If-Match W/\"0\"", Set.of(412), null,
                () -> strictAs("intake-medewerker").header("If-Match", "W/\"0\"").contentType(ContentType.JSON)
                        .body(Map.of("hulpvraag", List.of("werk"), "juisteLoket", "gemeente", "rapportage",
                                "Gesprek.")).post("/api/intake/v1/meldingen/" + melding + "/screening"));
        // A BSN as X-Request-ID is replaced by a fresh UUID (and so never logged).
        Response echoed = strictAs("intake-medewerker").header("X-Request-ID", bsn).get("/api/intake/v1/klantgroepen");
        String id = echoed.header("X-Request-ID");
        if (id == null || id.equals(bsn) || !id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            wrong.add("X-Request-ID with a BSN came back as " + (id == null ? "nothing" : "a non-UUID"));
        }

        Map<String, Long> after = settledRowCounts();
        List<String> mine = wrong.subList(sizeBefore, wrong.size());
        int total = perKind.entrySet().stream().filter(e -> e.getKey().startsWith("strict-"))
                .mapToInt(Map.Entry::getValue).sum();
        System.out.printf("[system-test] strict input sweep: %d requests %s; %d wrong answers%n", total, perKind,
                mine.size());
        assertTrue(total >= 500, "at least 500 strict-policy requests, sent " + total);
        assertEquals(List.of(), mine, "answers that break the strict input policy");
        assertEquals(before, after, "no row written by a refused request");
    }
}
