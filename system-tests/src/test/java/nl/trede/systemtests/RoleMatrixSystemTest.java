package nl.trede.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.trede.platform.testsupport.TestDag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requirement "Role matrix": the README's role matrix is the one written statement of who may call what. This test
 * checks it both ways against the running suite:
 * <ol>
 *   <li>the table lists exactly the operations of the aggregated OpenAPI document, each with exactly the roles the
 *       service declares ({@code @RolesAllowed}, which SmallRye OpenAPI publishes as the operation's security);</li>
 *   <li>every (operation, role) pair is called: through the gateway for the user roles, directly on the service for
 *       {@code trede-service}. A role without ✓ gets 403 problem+json ({@code forbidden}); a role with ✓ is never
 *       refused (no 401/403) and never breaks anything (no 5xx) — and a GET on fixture data answers 2xx. A POST/PUT
 *       carries an empty JSON object: an allowed role reaches validation (400), a missing record (404) or a state
 *       rule (409/428), which proves authorisation passed without changing anything; a refused role is stopped
 *       before the body is read;</li>
 *   <li>without a token every operation is 401 problem+json at the gateway;</li>
 *   <li>no answer to a beleidsmedewerker or a ketenpartner holds the fixture klant's BSN, name or klantId.</li>
 * </ol>
 * Path parameters name real records made for the test (a melding submitted by the ketenpartner, the zaak it became
 * with the klantmanager as regisseur, a gedraging, a meting, the shipped catalogues); ids of records the fixture
 * does not make are random, and the allowed answer there is 404.
 */
@ExtendWith(Stack.class)
class RoleMatrixSystemTest {

    /** The README's columns, in order. */
    static final List<String> ROLES = List.of("intake-medewerker", "klantmanager", "teamleider", "handhaver",
            "beleidsmedewerker", "ketenpartner", "gws-koppeling", "functioneel-beheerder", "privacy-officer",
            "trede-service");
    private static final Pattern ROW = Pattern.compile(
            "^\\| `(GET|POST|PUT|PATCH|DELETE) (/api/[^`]+)` \\|(.*)\\|\\s*$");
    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final LocalDate VANDAAG = TestDag.vandaag();
    private static final String KM = "km-matrix";
    private static final String KP = "kp-matrix";
    private static final String NAAM = "R. Matrix";
    /** Roles that never receive personal data (README.md#tokens-and-roles): no BSN, name or klantId in any answer. */
    private static final Set<String> ZONDER_PERSOONSGEGEVENS = Set.of("beleidsmedewerker", "ketenpartner");

    private static final Map<String, String> BEARER = new HashMap<>();
    private static final Map<String, String> FIXTURE = new HashMap<>();
    private static Map<String, Object> openapi;

    private static String bearer(String role) {
        return BEARER.computeIfAbsent(role, r -> switch (r) {
            case "klantmanager" -> Stack.bearer(r, KM);
            case "ketenpartner" -> Stack.bearer(r, KP);
            default -> Stack.bearer(r);
        });
    }

    private static RequestSpecification as(String role) {
        return given().baseUri(Stack.GATEWAY).header("Authorization", bearer(role)).contentType(ContentType.JSON);
    }

    /** Operation ("GET /api/...") → roles, from the README table. */
    static Map<String, Set<String>> readmeMatrix() throws IOException {
        Path readme = Path.of(System.getProperty("trede.root", "..")).resolve("README.md");
        Map<String, Set<String>> matrix = new TreeMap<>();
        for (String line : Files.readAllLines(readme)) {
            Matcher m = ROW.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String[] cells = m.group(3).split("\\|", -1);
            assertEquals(ROLES.size(), cells.length, "README role matrix row with a wrong number of cells: " + line);
            Set<String> roles = new TreeSet<>();
            for (int i = 0; i < cells.length; i++) {
                String cell = cells[i].strip();
                assertTrue(cell.isEmpty() || cell.equals("✓"), "a matrix cell is ✓ or empty: " + line);
                if (cell.equals("✓")) {
                    roles.add(ROLES.get(i));
                }
            }
            String op = m.group(1) + " " + m.group(2);
            assertTrue(matrix.put(op, roles) == null, "operation listed twice in the README: " + op);
        }
        return matrix;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> operation(String op) {
        String[] parts = op.split(" ", 2);
        Map<String, Object> paths = (Map<String, Object>) openapi.get("paths");
        return (Map<String, Object>) ((Map<String, Object>) paths.get(parts[1])).get(parts[0].toLowerCase());
    }

    /** Operation → roles, from the security requirements of the aggregated OpenAPI document. */
    @SuppressWarnings("unchecked")
    static Map<String, Set<String>> declaredMatrix() {
        Map<String, Set<String>> matrix = new TreeMap<>();
        ((Map<String, Object>) openapi.get("paths")).forEach((path, item) -> ((Map<String, Object>) item)
                .forEach((method, op) -> {
                    if (!METHODS.contains(method)) {
                        return;
                    }
                    Set<String> roles = new TreeSet<>();
                    List<Map<String, List<String>>> security =
                            (List<Map<String, List<String>>>) ((Map<String, Object>) op).get("security");
                    if (security != null) {
                        security.forEach(requirement -> requirement.values().forEach(roles::addAll));
                    }
                    matrix.put(method.toUpperCase() + " " + path, roles);
                }));
        return matrix;
    }

    @BeforeAll
    static void fixture() throws InterruptedException {
        openapi = given().baseUri(Stack.GATEWAY).get("/api/openapi.json").then().statusCode(200).extract()
                .jsonPath().getMap("");
        // A signal the ketenpartner submits, taken through intake and doorgezet: the melding, the klant, the zaak.
        String bsn = MeldingToZaakSystemTest.randomBsn();
        String melding = as("ketenpartner").body(Map.of("type", "signaal-ketenpartner", "bsn", bsn,
                        "naam", NAAM, "geboortedatum", "1994-02-03",
                        "melder", Map.of("organisatie", "Wijkteam Matrix", "soort", "wijkteam")))
                .post("/api/intake/v1/meldingen").then().statusCode(201).extract().path("id");
        as("intake-medewerker").body(Map.of("klantgroep", "matchen", "reden", "Binnen zes maanden."))
                .post("/api/intake/v1/meldingen/" + melding + "/klantgroep-besluiten").then().statusCode(200);
        String klantId = as("intake-medewerker").post("/api/intake/v1/meldingen/" + melding + "/doorzetten").then()
                .statusCode(202).extract().path("klantId");
        String zaak = GedragingToMaatregelSystemTest.await(() -> as("teamleider").queryParam("klantId", klantId)
                .get("/api/casework/v1/zaken")
                .then().statusCode(200).extract().path("zaken[0].id"), java.util.Objects::nonNull, "the zaak");
        as("klantmanager").body(Map.of("regisseur", KM, "reden", "Oppakken"))
                .post("/api/casework/v1/zaken/" + zaak + "/regie").then().statusCode(200);
        GedragingToMaatregelSystemTest.gedragingMelden(() -> as("klantmanager").body(Map.of("categorie", "no-show",
                "datum", VANDAAG.toString(), "toelichting", "Niet verschenen."))
                .post("/api/casework/v1/zaken/" + zaak + "/gedragingen")).then().statusCode(201);
        Object planVersie = as("klantmanager").body(Map.of("variant", "taalplan", "doelen", List.of("Taalniveau 1F"),
                        "afspraken", List.of("Elke twee weken een gesprek"), "verplichtingen", List.of("Taallessen"),
                        "evaluatiedatum", VANDAAG.plusMonths(3).toString(), "overlegMetKlantOp", VANDAAG.toString()))
                .post("/api/casework/v1/zaken/" + zaak + "/plannen").then().statusCode(201).extract().path("versie");
        String gedraging = GedragingToMaatregelSystemTest.await(() -> as("handhaver").queryParam("klantId", klantId)
                .get("/api/enforcement/v1/gedragingen").then().statusCode(200).extract()
                .path("gedragingen[0].id"), java.util.Objects::nonNull, "the gedraging at enforcement");
        // Enforcement and the ladder learn of the zaak (and so that the klantmanager may see the klant) from casework's
        // events: wait until both know it before the klantmanager acts there.
        GedragingToMaatregelSystemTest.awaitZaakBekend(() -> as("klantmanager").get("/api/enforcement/v1/gedragingen/"
                + gedraging).then().extract().statusCode(), "enforcement");
        GedragingToMaatregelSystemTest.awaitZaakBekend(() -> as("klantmanager").get("/api/ladder/v1/klanten/"
                + klantId + "/posities").then().extract().statusCode(), "the ladder");
        String meting = as("klantmanager").body(Map.of("klantId", klantId, "model", Map.of("code", "divosa"),
                        "trede", 2, "meetdatum", VANDAAG.toString(), "bron", "klantmanager-gesprek",
                        "aanleiding", "periodiek"))
                .post("/api/ladder/v1/metingen").then().statusCode(201).extract().path("id");
        FIXTURE.put("bsn", bsn);
        FIXTURE.put("meldingen", melding);
        FIXTURE.put("ingediende-meldingen", melding);
        FIXTURE.put("zaken", zaak);
        FIXTURE.put("klantId", klantId);
        FIXTURE.put("gedragingen", gedraging);
        FIXTURE.put("metingen", meting);
        FIXTURE.put("regelsets", as("functioneel-beheerder").get("/api/enforcement/v1/regelsets").then()
                .statusCode(200).extract().path("[0].id").toString());
        FIXTURE.put("gedragingscategorieen", as("handhaver").get("/api/enforcement/v1/gedragingscategorieen")
                .then().statusCode(200).extract().path("gedragingscategorieen[0].code"));
        FIXTURE.put("klantgroepen", "matchen");
        FIXTURE.put("ladder-modellen", as("teamleider").get("/api/ladder/v1/ladder-modellen").then()
                .statusCode(200).extract().path("ladderModellen[0].code"));
        FIXTURE.put("versie", as("teamleider").get("/api/ladder/v1/ladder-modellen").then().statusCode(200)
                .extract().path("ladderModellen[0].versie"));
        FIXTURE.put("nummer", "1");
        FIXTURE.put("plannen/versie", String.valueOf(planVersie));
    }

    /** The path with its parameters filled in; {@code random[0]} is set when one of them is a random id. */
    private static String concretePath(String template, boolean[] random) {
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String before = template.substring(0, m.start());
            String collection = before.substring(before.lastIndexOf('/', before.length() - 2) + 1,
                    before.length() - 1);
            String value = FIXTURE.get(name.equals("id") || name.equals("code") ? collection : name);
            if (FIXTURE.containsKey(collection + "/" + name)) {
                value = FIXTURE.get(collection + "/" + name); // a parameter whose meaning depends on its collection
            }
            if (value == null) {
                value = UUID.randomUUID().toString();
                random[0] = true;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The operation's required query parameters: the document's example, else a fixture value or by schema. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> requiredQuery(String op) {
        Map<String, String> query = new HashMap<>();
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation(op).get("parameters");
        if (parameters == null) {
            return query;
        }
        for (Map<String, Object> p : parameters) {
            if (!"query".equals(p.get("in")) || !Boolean.TRUE.equals(p.get("required"))) {
                continue;
            }
            String name = (String) p.get("name");
            Map<String, Object> schema = (Map<String, Object>) p.getOrDefault("schema", Map.of());
            Object example = p.get("example");
            String value = example != null ? example.toString() : switch (name) {
                case "model" -> FIXTURE.get("ladder-modellen");
                case "van" -> VANDAAG.minusYears(1).toString();
                case "klantId" -> FIXTURE.get("klantId");
                default -> "date".equals(schema.get("format")) ? VANDAAG.toString()
                        : "uuid".equals(schema.get("format")) ? FIXTURE.get("klantId") : "1";
            };
            query.put(name, value);
        }
        return query;
    }

    private static String baseFor(String role, String path) {
        if (!role.equals("trede-service")) {
            return Stack.GATEWAY;
        }
        int offset = List.of("intake", "casework", "enforcement", "ladder", "werkvoorraad").indexOf(path.split("/")[2])
                + 1;
        assertTrue(offset > 0, "a service path: " + path);
        return Stack.serviceUrl(offset);
    }

    private static Response call(String op, String role, String path, Map<String, String> query) {
        String method = op.substring(0, op.indexOf(' '));
        RequestSpecification spec = given().baseUri(role == null ? Stack.GATEWAY : baseFor(role, path))
                .queryParams(query).contentType(ContentType.JSON);
        if (role != null) {
            spec = spec.header("Authorization", bearer(role));
        }
        if (!method.equals("GET") && !method.equals("DELETE")) {
            spec = spec.body("{}");
        }
        return spec.request(method, path);
    }

    /**
     * README "API conventions", paging: a list through the gateway answers {@code totalItems} and a {@code Link}
     * header whose references, resolved against the URL the client called, point at the gateway; following
     * {@code next} answers the next page.
     */
    @Test
    void listsPageWithLinksThatLeadThroughTheGateway() {
        String klantId = FIXTURE.get("klantId");
        for (String list : List.of("/api/intake/v1/audit", "/api/casework/v1/audit")) {
            URI called = URI.create(Stack.GATEWAY + list + "?klantId=" + klantId + "&pageSize=1");
            Response first = as("privacy-officer").urlEncodingEnabled(false).get(called.toString());
            assertEquals(200, first.statusCode(), list);
            assertTrue(first.jsonPath().getLong("totalItems") >= 2, list + ": at least two records for the klant");
            Map<String, String> links = links(first.header("Link"));
            assertTrue(links.keySet().containsAll(List.of("first", "next", "last")), list + ": " + links);
            assertTrue(!links.containsKey("prev"), list + ": no prev on page 1: " + links);
            URI next = called.resolve(links.get("next"));
            assertTrue(next.toString().startsWith(Stack.GATEWAY + list + "?"), list + ": next is " + next);
            Response second = as("privacy-officer").urlEncodingEnabled(false).get(next.toString());
            assertEquals(200, second.statusCode(), next.toString());
            assertEquals(2, second.jsonPath().getInt("page"), next.toString());
            assertEquals(1, second.jsonPath().getInt("pageSize"), next.toString());
            assertTrue(links(second.header("Link")).containsKey("prev"), next + ": prev on page 2");
        }
        // Enforcement's gedragingen: the same paging shape, totalItems only (the alias total is gone).
        Response gedragingen = as("handhaver").queryParam("klantId", klantId).get("/api/enforcement/v1/gedragingen");
        assertEquals(200, gedragingen.statusCode());
        assertTrue(gedragingen.jsonPath().getMap("$").containsKey("totalItems")
                && !gedragingen.jsonPath().getMap("$").containsKey("total"), gedragingen.asString());
        assertTrue(links(gedragingen.header("Link")).keySet().containsAll(List.of("first", "last")),
                gedragingen.header("Link"));
    }

    /** rel → target of an RFC 8288 Link header as the services write it. */
    private static Map<String, String> links(String header) {
        Map<String, String> links = new HashMap<>();
        if (header != null) {
            Matcher m = Pattern.compile("<([^>]*)>; rel=\"([a-z]+)\"").matcher(header);
            while (m.find()) {
                links.put(m.group(2), m.group(1));
            }
        }
        return links;
    }

    @Test
    void theReadmeMatrixIsWhatTheServicesDeclare() throws IOException {
        Map<String, Set<String>> readme = readmeMatrix();
        Map<String, Set<String>> declared = declaredMatrix();
        assertEquals(new TreeSet<>(declared.keySet()), new TreeSet<>(readme.keySet()),
                "the README role matrix lists exactly the operations of the aggregated OpenAPI document");
        List<String> differences = new ArrayList<>();
        declared.forEach((op, roles) -> {
            if (!roles.equals(readme.get(op))) {
                differences.add(op + ": README " + readme.get(op) + ", service " + roles);
            }
        });
        assertEquals(List.of(), differences, "README role matrix rows that differ from @RolesAllowed");
        assertTrue(declared.values().stream().noneMatch(Set::isEmpty), "every operation requires a role");
    }

    @Test
    void everyRoleOnEveryOperationAnswersAsTheMatrixSays() throws IOException {
        Map<String, Set<String>> matrix = readmeMatrix();
        List<String> wrong = new ArrayList<>();
        int pairs = 0;
        int allowed2xx = 0;
        int refused = 0;
        for (Map.Entry<String, Set<String>> row : matrix.entrySet()) {
            String op = row.getKey();
            boolean[] random = {false};
            String path = concretePath(op.substring(op.indexOf(' ') + 1), random);
            Map<String, String> query = requiredQuery(op);

            Response anonymous = call(op, null, path, query);
            if (anonymous.statusCode() != 401 || !anonymous.contentType().startsWith("application/problem+json")) {
                wrong.add(op + " without a token: " + anonymous.statusCode());
            }
            for (String role : ROLES) {
                pairs++;
                Response r = call(op, role, path, query);
                int status = r.statusCode();
                if (row.getValue().contains(role)) {
                    boolean getOnFixture = op.startsWith("GET ") && !random[0];
                    if (status == 401 || status == 403 || status >= 500
                            || (getOnFixture && (status < 200 || status > 299))
                            || (op.startsWith("GET ") && random[0] && status != 404)) {
                        wrong.add(op + " as " + role + " (allowed): " + status + " " + r.asString());
                    } else if (status < 300) {
                        allowed2xx++;
                        String body = r.asString();
                        if (ZONDER_PERSOONSGEGEVENS.contains(role) && (body.contains(NAAM)
                                || body.contains(FIXTURE.get("bsn")) || body.contains(FIXTURE.get("klantId")))) {
                            wrong.add(op + " as " + role + " returned personal data of the fixture klant");
                        }
                    }
                } else if (status != 403 || !r.contentType().startsWith("application/problem+json")
                        || !"forbidden".equals(r.path("code"))) {
                    wrong.add(op + " as " + role + " (refused): " + status + " " + r.asString());
                } else {
                    refused++;
                }
            }
        }
        System.out.printf("[system-test] role matrix: %d operations x %d roles = %d pairs; %d refused with 403, "
                + "%d allowed answered 2xx, the other allowed ones 400/404/409/428; %d anonymous calls 401; %d wrong%n",
                matrix.size(), ROLES.size(), pairs, refused, allowed2xx, matrix.size(), wrong.size());
        assertEquals(List.of(), wrong);
    }
}
