package nl.trede.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.trede.platform.testsupport.TestDag;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Object-level access (README "Tokens and roles", the per-record rules; OWASP API Security Top 10 2023, API1 "Broken
 * Object Level Authorization", https://owasp.org/API-Security/editions/2023/en/0xa1-broken-object-level-authorization/):
 * the role matrix says which role may call an operation, this test checks <em>on whose records</em>. It takes every
 * operation of the aggregated OpenAPI document that names a record by its id — a path parameter, or a request body
 * property {@code id}/{@code …Id} — and, on records made for the test and owned by the casework default team
 * ({@value #TEAM}) and the partner organisation {@value #ORG}:
 * <ol>
 *   <li>calls it as (b) a caller of another team or organisation ({@link Scope} says which role that is) and (c) a
 *       ketenpartner of another organisation, each on the real record and on a random id that does not exist;</li>
 *   <li>then as (a) the owner: a user of the record's own team with a role the matrix gives the operation.</li>
 * </ol>
 * Expected: (a) not 401/403/404 and no 5xx; (b) and (c) on a record outside their scope 404 problem+json where
 * their role has the operation, the role-level 403 problem+json where it does not, and always the same status and
 * problem {@code type} as for the random id (nothing confirms that a record exists); no row of the four databases
 * changes through the (b)/(c) calls. Municipality-wide and catalogue operations expect the owner's answer from a
 * caller of another team with the same role. Every state-changing operation gets fresh records of its own, so one
 * call cannot spoil the next. Every id-bearing operation must be in {@link #SCOPE}: a new one fails the test until
 * it is classified.
 */
@ExtendWith(Stack.class)
class ObjectLevelSystemTest {

    /** Who owns a record, and so who is "another" caller. */
    enum Scope {
        /**
         * A casework record (a zaak and what hangs under it), and enforcement's and the ladder's records of a klant:
         * a klantmanager sees those of the zaken of their teams and the ones they are regisseur of; teamleiders,
         * handhavers and intake staff see the whole municipality. (b) is a klantmanager of another team.
         */
        TEAM_RECORD("team-record"),
        /** A ketenpartner's own records (the meldingen it submitted): (b) is a ketenpartner of another organisation. */
        ORGANISATION_RECORD("organisation-record"),
        /**
         * Intake meldingen for the intake staff roles: a melding exists before any team is assigned, so every
         * intake-medewerker, klantmanager and teamleider may work on it. (b), the owner's role in another team,
         * gets the owner's answer (on a fixture of its own where the operation changes state).
         */
        MUNICIPALITY_WIDE("municipality-wide"),
        /** Shared catalogues (klantgroepen, regelsets, categories, ladder models, treden): nobody's record. */
        CATALOGUE("catalogue"),
        /**
         * A user's own records in the werkvoorraad (saved views, signaleringen addressed to them): (b) is another user
         * of the same role and team, who must not see them.
         */
        USER_RECORD("user-record");

        final String label;

        Scope(String label) {
            this.label = label;
        }
    }

    static final String TEAM = "team-werk";
    static final String ANDER_TEAM = "team-ander";
    static final String ORG = "org-eigen";
    static final String ANDER_ORG = "org-ander";
    private static final LocalDate VANDAAG = TestDag.vandaag();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String IM = "intake-medewerker";
    private static final String KM = "klantmanager";
    private static final String TL = "teamleider";
    private static final String HH = "handhaver";
    private static final String KP = "ketenpartner";

    /** The classification: every operation with an id in its path or body, and its scope. */
    static final Map<String, Scope> SCOPE = new TreeMap<>();

    static {
        for (String op : List.of(
                // casework: the zaak and every record under it (ZaakInzageFilter); POST /zaken names a klant
                "POST /api/casework/v1/zaken",
                "GET /api/casework/v1/afwijkingen/{aid}",
                "POST /api/casework/v1/afwijkingen/{aid}/beoordeling",
                "GET /api/casework/v1/begeleidingsoverleggen/{oid}",
                "POST /api/casework/v1/begeleidingsoverleggen/{oid}/verslag",
                "GET /api/casework/v1/ondersteuningen/{oid}",
                "POST /api/casework/v1/ondersteuningen/{oid}/vervanging",
                "POST /api/casework/v1/ondersteuningen/{oid}/vervanging/escalatiebesluit",
                "POST /api/casework/v1/ondersteuningen/{oid}/vervanging/klantreactie",
                "GET /api/casework/v1/overdrachten/{oid}",
                "POST /api/casework/v1/overdrachten/{oid}/acceptatie",
                "POST /api/casework/v1/overdrachten/{oid}/afwijzing",
                "POST /api/casework/v1/overdrachten/{oid}/intrekking",
                "POST /api/casework/v1/overdrachten/{oid}/kennismaking",
                "GET /api/casework/v1/taken/{id}",
                "GET /api/casework/v1/trajecten/{tid}",
                "POST /api/casework/v1/trajecten/{tid}/beeindiging",
                "GET /api/casework/v1/zaken/{id}",
                "POST /api/casework/v1/zaken/{id}/afsluiting",
                "GET /api/casework/v1/zaken/{id}/afwijkingen",
                "POST /api/casework/v1/zaken/{id}/afwijkingen",
                "GET /api/casework/v1/zaken/{id}/begeleidingsoverleggen",
                "POST /api/casework/v1/zaken/{id}/begeleidingsoverleggen",
                "POST /api/casework/v1/zaken/{id}/gedragingen",
                "GET /api/casework/v1/zaken/{id}/gedragingen/{gid}",
                "POST /api/casework/v1/zaken/{id}/indicaties",
                "POST /api/casework/v1/zaken/{id}/klantgroep",
                "GET /api/casework/v1/zaken/{id}/klantgroephistorie",
                "POST /api/casework/v1/zaken/{id}/matchen-diensten",
                "POST /api/casework/v1/zaken/{id}/matchen-verlenging",
                "POST /api/casework/v1/zaken/{id}/nazorg",
                "GET /api/casework/v1/zaken/{id}/ondersteuningen",
                "POST /api/casework/v1/zaken/{id}/ondersteuningen",
                "POST /api/casework/v1/zaken/{id}/opschaling",
                "GET /api/casework/v1/zaken/{id}/overdrachten",
                "POST /api/casework/v1/zaken/{id}/overdrachten",
                "GET /api/casework/v1/zaken/{id}/plannen",
                "POST /api/casework/v1/zaken/{id}/plannen",
                "GET /api/casework/v1/zaken/{id}/plannen/{versie}",
                "POST /api/casework/v1/zaken/{id}/regie",
                "GET /api/casework/v1/zaken/{id}/regiehistorie",
                "GET /api/casework/v1/zaken/{id}/tijdlijn",
                "GET /api/casework/v1/zaken/{id}/trajecten",
                "POST /api/casework/v1/zaken/{id}/trajecten",
                // enforcement: a klant's gedragingen, maatregelen and onderzoeken
                "POST /api/enforcement/v1/gedragingen",
                "GET /api/enforcement/v1/gedragingen/{id}",
                "POST /api/enforcement/v1/gedragingen/{id}/besluit",
                "POST /api/enforcement/v1/gedragingen/{id}/blokkering-hersteltermijn",
                "POST /api/enforcement/v1/gedragingen/{id}/blokkering-opheffing",
                "POST /api/enforcement/v1/gedragingen/{id}/stopzetting",
                "POST /api/enforcement/v1/gedragingen/{id}/hersteltermijn",
                "POST /api/enforcement/v1/gedragingen/{id}/herziening",
                "POST /api/enforcement/v1/gedragingen/{id}/hoorverzoek",
                "POST /api/enforcement/v1/gedragingen/{id}/horen",
                "POST /api/enforcement/v1/gedragingen/{id}/voorstel",
                "POST /api/enforcement/v1/gedragingen/{id}/zorgafstemming",
                "POST /api/enforcement/v1/handhavingsonderzoeken",
                "GET /api/enforcement/v1/handhavingsonderzoeken/{id}",
                "POST /api/enforcement/v1/handhavingsonderzoeken/{id}/afronden",
                // ladder: a klant's metingen and posities
                "GET /api/ladder/v1/klanten/{klantId}/metingen",
                "GET /api/ladder/v1/klanten/{klantId}/posities",
                "POST /api/ladder/v1/metingen",
                "GET /api/ladder/v1/metingen/{id}")) {
            SCOPE.put(op, Scope.TEAM_RECORD);
        }
        SCOPE.put("GET /api/intake/v1/ingediende-meldingen/{id}", Scope.ORGANISATION_RECORD);
        for (String op : List.of("GET /api/werkvoorraad/v1/weergaven/{id}", "PUT /api/werkvoorraad/v1/weergaven/{id}",
                "DELETE /api/werkvoorraad/v1/weergaven/{id}", "POST /api/werkvoorraad/v1/signaleringen/{id}/gelezen")) {
            SCOPE.put(op, Scope.USER_RECORD);
        }
        SCOPE.put("GET /api/intake/v1/meldingen/{id}", Scope.MUNICIPALITY_WIDE);
        for (String stap : List.of("aanvultermijnen", "afwijzing", "ambitiegesprek", "buiten-behandeling",
                "documenten-compleet", "doorzetten", "intrekking", "klantgroep-besluiten", "screening")) {
            SCOPE.put("POST /api/intake/v1/meldingen/{id}/" + stap, Scope.MUNICIPALITY_WIDE);
        }
        for (String op : List.of("PUT /api/intake/v1/klantgroepen/{code}",
                "GET /api/enforcement/v1/gedragingscategorieen/{code}",
                "GET /api/enforcement/v1/regelsets/{id}",
                "GET /api/ladder/v1/ladder-modellen/{code}/versies/{versie}",
                "POST /api/ladder/v1/ladder-modellen/{code}/versies/{versie}/beeindiging",
                "GET /api/ladder/v1/treden/{nummer}")) {
            SCOPE.put(op, Scope.CATALOGUE);
        }
    }

    /**
     * The owner's role where it is not the first of klantmanager, teamleider, handhaver the matrix allows: the
     * receiver of an overdracht accepts or declines it, the provider proposes replacing its support.
     */
    private static final Map<String, String> OWNER_ROLE = Map.of(
            "POST /api/casework/v1/overdrachten/{oid}/acceptatie", KP,
            "POST /api/casework/v1/overdrachten/{oid}/afwijzing", KP,
            "POST /api/casework/v1/ondersteuningen/{oid}/vervanging", KP,
            "GET /api/intake/v1/ingediende-meldingen/{id}", KP,
            "POST /api/enforcement/v1/handhavingsonderzoeken", HH);

    private static Map<String, Object> openapi;
    private static Map<String, Set<String>> matrix;
    private static final Map<String, String> BEARER = new HashMap<>();
    private static final Map<String, String> CATALOGUE = new HashMap<>();

    // --- callers ------------------------------------------------------------------------------------------------

    /** A caller: a role, a user and the teams claim. */
    record Caller(String role, String subject, String... teams) {
        String bearer() {
            return BEARER.computeIfAbsent(role + "/" + subject, k -> Stack.bearer(role, subject, teams));
        }

        @Override
        public String toString() {
            return role + " " + subject + (teams.length == 0 ? "" : " " + String.join(",", teams));
        }
    }

    /** The owner side: users of team {@value #TEAM}, the partner organisation {@value #ORG}. */
    static Caller owner(String role) {
        return switch (role) {
            case KP -> new Caller(KP, "kp-eigen", ORG);
            case KM, TL, IM, HH -> new Caller(role, role.substring(0, 4) + "-eigen", TEAM);
            default -> new Caller(role, role.substring(0, 4) + "-eigen");
        };
    }

    /** The same role in another team or organisation. */
    static Caller ander(String role) {
        return role.equals(KP) ? new Caller(KP, "kp-ander", ANDER_ORG)
                : new Caller(role, role.substring(0, 4) + "-ander", ANDER_TEAM);
    }

    private static RequestSpecification as(Caller caller) {
        return given().baseUri(Stack.GATEWAY).header("Authorization", caller.bearer()).contentType(ContentType.JSON)
                .filter((request, response, context) -> {
                    Response r = context.next(request, response);
                    if (r.statusCode() == 201 && r.header("Location") != null) {
                        LOCATIONS.putIfAbsent(r.header("Location"), caller);
                    }
                    return r;
                });
    }

    /** Every {@code Location} a 201 of this test named, with the caller that created the record. */
    private static final Map<String, Caller> LOCATIONS = java.util.Collections.synchronizedMap(new LinkedHashMap<>());

    /**
     * Every {@code Location} answers: the one who created the record reads it there, through the gateway (a created
     * resource without a GET, or a Location pointing past the gateway, is a dead link for the client).
     */
    private static List<String> followLocations() {
        List<String> dead = new ArrayList<>();
        Map<String, Integer> perService = new TreeMap<>();
        LOCATIONS.forEach((location, caller) -> {
            if (!location.startsWith(Stack.GATEWAY + "/api/")) {
                dead.add(location + " (created by " + caller + "): not a URL of the gateway");
                return;
            }
            Response r = given().baseUri(Stack.GATEWAY).header("Authorization", caller.bearer()).get(location);
            if (r.statusCode() != 200) {
                dead.add(location + " (created by " + caller + "): " + r.statusCode() + " " + r.asString());
            }
            perService.merge(location.substring(Stack.GATEWAY.length()).split("/")[2], 1, Integer::sum);
        });
        System.out.printf("[system-test] object-level: %d Location headers followed by their creators %s, %d dead%n",
                LOCATIONS.size(), perService, dead.size());
        dead.forEach(d -> System.out.println("[system-test] object-level DEAD LINK " + d));
        return dead;
    }

    // --- fixtures -----------------------------------------------------------------------------------------------

    /** Records for one operation (or, for the reads, for all of them), owned by team {@value #TEAM}. */
    static final class Fx {
        final String label;
        String melding;
        String kpMelding;
        String klantId;
        String zaak;
        String afwijking;
        String overleg;
        String ondersteuning;
        String overdracht;
        String taak;
        String traject;
        String cwGedraging;
        String plan;
        String gedraging;
        String onderzoek;
        String meting;
        String weergave;
        String signalering;

        Fx(String label) {
            this.label = label;
        }
    }

    /** What an operation needs of its fixture. */
    record Needs(boolean melding, boolean kpMelding, boolean zaak, boolean afwijking, boolean overleg,
                 boolean ondersteuning, int vervanging, boolean overdracht, boolean taak, boolean traject,
                 boolean cwGedraging, boolean plan, boolean gedraging, boolean onderzoek, boolean meting,
                 boolean weergave, boolean signalering) {

        static Needs of(String op) {
            String t = op.substring(op.indexOf(' ') + 1);
            boolean enforcement = t.startsWith("/api/enforcement/");
            boolean ladder = t.startsWith("/api/ladder/");
            boolean casework = t.startsWith("/api/casework/");
            boolean gedraging = enforcement && t.contains("/gedragingen/{id}");
            boolean onderzoek = t.contains("/handhavingsonderzoeken/{id}");
            boolean meting = ladder && (t.contains("/klanten/") || t.contains("/metingen/"));
            boolean body = op.equals("POST /api/casework/v1/zaken") || op.equals("POST /api/enforcement/v1/gedragingen")
                    || op.equals("POST /api/enforcement/v1/handhavingsonderzoeken")
                    || op.equals("POST /api/ladder/v1/metingen");
            boolean cwGedraging = gedraging || t.contains("/gedragingen/{gid}");
            return new Needs(t.startsWith("/api/intake/v1/meldingen/{id}"), t.contains("/ingediende-meldingen/"),
                    SCOPE.get(op) == Scope.TEAM_RECORD && (casework || enforcement || ladder || body),
                    t.contains("/afwijkingen/{aid}"), t.contains("/begeleidingsoverleggen/{oid}"),
                    t.contains("/ondersteuningen/{oid}"),
                    t.endsWith("/escalatiebesluit") ? 2 : t.endsWith("/klantreactie") ? 1 : 0,
                    t.contains("/overdrachten/{oid}"), t.contains("/taken/{id}"), t.contains("/trajecten/{tid}"),
                    cwGedraging, t.contains("/plannen/{versie}"), gedraging, onderzoek, meting,
                    t.contains("/weergaven/{id}"), t.contains("/signaleringen/{id}"));
        }

        Needs or(Needs o) {
            return new Needs(melding || o.melding, kpMelding || o.kpMelding, zaak || o.zaak, afwijking || o.afwijking,
                    overleg || o.overleg, ondersteuning || o.ondersteuning, Math.max(vervanging, o.vervanging),
                    overdracht || o.overdracht, taak || o.taak, traject || o.traject, cwGedraging || o.cwGedraging,
                    plan || o.plan, gedraging || o.gedraging, onderzoek || o.onderzoek, meting || o.meting,
                    weergave || o.weergave, signalering || o.signalering);
        }
    }

    private static final Needs NOTHING = new Needs(false, false, false, false, false, false, 0, false, false, false,
            false, false, false, false, false, false, false);

    /** Makes the fixtures in batches: every melding first, then every zaak, then the records under them. */
    static void build(Map<Fx, Needs> fixtures) throws InterruptedException {
        Caller im = owner(IM);
        Caller km = owner(KM);
        Caller hh = owner(HH);
        Map<Fx, String> doorgezet = new LinkedHashMap<>();
        for (Map.Entry<Fx, Needs> e : fixtures.entrySet()) {
            Fx fx = e.getKey();
            Needs n = e.getValue();
            if (n.melding()) {
                fx.melding = nieuweMelding(im, "aanvraag-levensonderhoud");
            }
            if (n.kpMelding()) {
                fx.kpMelding = nieuweMelding(owner(KP), "signaal-ketenpartner");
            }
            if (n.zaak()) {
                // A partner's signal needs no screening or ambitiegesprek before the klantgroep (intake README).
                String melding = nieuweMelding(owner(KP), "signaal-ketenpartner");
                as(im).body(Map.of("klantgroep", "matchen", "reden", "Binnen zes maanden."))
                        .post("/api/intake/v1/meldingen/" + melding + "/klantgroep-besluiten").then().statusCode(200);
                fx.klantId = as(im).post("/api/intake/v1/meldingen/" + melding + "/doorzetten").then()
                        .statusCode(202).extract().path("klantId");
                doorgezet.put(fx, fx.klantId);
            }
        }
        Caller tl = owner(TL);
        for (Fx fx : doorgezet.keySet()) {
            fx.zaak = GedragingToMaatregelSystemTest.await(() -> as(tl).queryParam("klantId", fx.klantId)
                    .get("/api/casework/v1/zaken").then().statusCode(200).extract().<String>path("zaken[0].id"),
                    Objects::nonNull, "the zaak of fixture " + fx.label);
            as(km).body(Map.of("regisseur", km.subject(), "reden", "Vaste klantmanager"))
                    .post("/api/casework/v1/zaken/" + fx.zaak + "/regie").then().statusCode(200);
        }
        for (Map.Entry<Fx, Needs> e : fixtures.entrySet()) {
            Fx fx = e.getKey();
            Needs n = e.getValue();
            String zaak = "/api/casework/v1/zaken/" + fx.zaak;
            if (n.afwijking()) {
                fx.afwijking = created(as(km).body(Map.of("reden", "De klant kent de regisseur al jaren.",
                        "voorwaarde", "Evaluatie na drie maanden.")).post(zaak + "/afwijkingen"));
            }
            if (n.overleg()) {
                fx.overleg = created(as(km).body(Map.of("geplandOp", VANDAAG.toString(), "deelnemers", List.of(
                        Map.of("rol", "school", "organisatie", "VSO-school", "verplicht", true),
                        Map.of("rol", "klant", "organisatie", "zelf", "verplicht", true))))
                        .post(zaak + "/begeleidingsoverleggen"));
            }
            if (n.ondersteuning()) {
                fx.ondersteuning = created(as(km).body(ondersteuningBody()).post(zaak + "/ondersteuningen"));
                if (n.vervanging() >= 1) {
                    as(owner(KP)).body(vervangingBody())
                            .post("/api/casework/v1/ondersteuningen/" + fx.ondersteuning + "/vervanging").then()
                            .statusCode(200);
                }
                if (n.vervanging() >= 2) {
                    as(km).body(Map.of("akkoord", false, "toelichting", "De klant wil de vaste begeleider houden."))
                            .post("/api/casework/v1/ondersteuningen/" + fx.ondersteuning + "/vervanging/klantreactie")
                            .then().statusCode(200);
                }
            }
            if (n.overdracht()) {
                fx.overdracht = created(as(km).body(overdrachtBody()).post(zaak + "/overdrachten"));
            }
            if (n.taak()) {
                fx.taak = as(km).queryParam("zaakId", fx.zaak).get("/api/casework/v1/taken").then().statusCode(200)
                        .extract().path("taken[0].id");
                assertTrue(fx.taak != null, "the zaak of fixture " + fx.label + " has a taak");
            }
            if (n.traject()) {
                fx.traject = created(as(km).body(trajectBody()).post(zaak + "/trajecten"));
            }
            if (n.cwGedraging()) {
                // Casework answers 503 until enforcement's catalogue has reached it (an event after enforcement's
                // start): the report is retried until then.
                fx.cwGedraging = created(GedragingToMaatregelSystemTest.gedragingMelden(() -> as(km).body(Map.of(
                        "categorie", "no-show", "datum", VANDAAG.toString(), "toelichting", "Niet verschenen."))
                        .post(zaak + "/gedragingen")));
            }
            if (n.plan()) {
                fx.plan = String.valueOf(as(km).body(planBody()).post(zaak + "/plannen").then().statusCode(201)
                        .extract().<Object>path("versie"));
            }
            if (n.onderzoek()) {
                fx.onderzoek = created(as(hh).body(Map.of("klantId", fx.klantId, "zaakId", fx.zaak,
                        "aanleiding", "signaal")).post("/api/enforcement/v1/handhavingsonderzoeken"));
            }
            if (n.meting()) {
                // The ladder learns the zaak's team and regisseur from casework's events: the owner records a
                // meting once the klant is theirs there.
                String klant = "/api/ladder/v1/klanten/" + fx.klantId + "/metingen";
                GedragingToMaatregelSystemTest.await(() -> as(km).get(klant).statusCode(), s -> s == 200,
                        "the owner's access to " + klant);
                fx.meting = created(as(km).body(metingBody(fx.klantId)).post("/api/ladder/v1/metingen"));
            }
        }
        werkvoorraad(fixtures, km);
        for (Map.Entry<Fx, Needs> e : fixtures.entrySet()) {
            Fx fx = e.getKey();
            if (e.getValue().gedraging()) {
                // casework's gedraging reaches enforcement as an event
                fx.gedraging = GedragingToMaatregelSystemTest.await(() -> as(hh).queryParam("klantId", fx.klantId)
                        .get("/api/enforcement/v1/gedragingen").then().statusCode(200).extract()
                        .<String>path("gedragingen[0].id"), Objects::nonNull, "the gedraging of " + fx.label);
            }
            if (fx.zaak != null && (e.getValue().gedraging() || e.getValue().meting())) {
                // Enforcement and the ladder learn a zaak's team and regisseur from casework's events: wait until
                // the owner's access has arrived there, so the foreign calls below meet the settled rule.
                String probe = e.getValue().gedraging() ? "/api/enforcement/v1/gedragingen/" + fx.gedraging
                        : "/api/ladder/v1/klanten/" + fx.klantId + "/metingen";
                GedragingToMaatregelSystemTest.await(() -> as(km).get(probe).statusCode(), s -> s == 200,
                        "the owner's access to " + probe);
            }
        }
    }

    private static String nieuweMelding(Caller caller, String type) {
        Map<String, Object> body = new HashMap<>(Map.of("type", type, "bsn", MeldingToZaakSystemTest.randomBsn(),
                "naam", "O. Object", "geboortedatum", "1990-04-05"));
        if (type.equals("signaal-ketenpartner")) {
            body.put("melder", Map.of("organisatie", "Wijkteam Eigen", "soort", "wijkteam"));
        } else {
            body.put("kanaal", "digitaal");
        }
        return created(as(caller).body(body).post("/api/intake/v1/meldingen"));
    }

    private static String created(Response r) {
        assertEquals(201, r.statusCode(), "fixture record: " + r.asString());
        return r.path("id").toString();
    }

    private static Map<String, Object> ondersteuningBody() {
        return Map.of("soort", "steunfiguur-professioneel", "aanbieder", ORG, "urenPerWeek", 1.5,
                "sinds", VANDAAG.minusYears(2).toString(), "checkInMaanden", 6);
    }

    private static Map<String, Object> vervangingBody() {
        return Map.of("nieuweAanbieder", "Kwintes", "voorgesteldeEinddatum", VANDAAG.plusDays(7).toString(),
                "continuiteitsbeoordeling", "Nieuwe begeleider binnen dezelfde organisatie.");
    }

    private static Map<String, Object> overdrachtBody() {
        return Map.of("soort", "uitvoering", "ontvangerSoort", "aanbieder", "ontvanger", ORG, "warm", true,
                "geschiedenis", "Twee jaar begeleid.", "mogelijkheden", "Technisch vaardig.",
                "verwachtingen", "Begeleiding naar werk.");
    }

    private static Map<String, Object> trajectBody() {
        return Map.of("voorziening", "proefplaatsing", "startdatum", VANDAAG.plusDays(7).toString(),
                "einddatum", VANDAAG.plusDays(7).plusMonths(3).toString(), "urenPerWeek", 24);
    }

    private static Map<String, Object> planBody() {
        return Map.of("variant", "taalplan", "doelen", List.of("Taalniveau 1F"),
                "afspraken", List.of("Elke twee weken een gesprek"), "verplichtingen", List.of("Taallessen"),
                "evaluatiedatum", VANDAAG.plusMonths(3).toString(), "overlegMetKlantOp", VANDAAG.toString());
    }

    private static Map<String, Object> metingBody(String klantId) {
        return Map.of("klantId", klantId, "model", Map.of("code", "divosa"), "trede", 2,
                "meetdatum", VANDAAG.toString(), "bron", "klantmanager-gesprek", "aanleiding", "periodiek");
    }

    // --- requests -----------------------------------------------------------------------------------------------

    /** The request body an operation gets: a valid one where the test knows it, else the document's example. */
    @SuppressWarnings("unchecked")
    private static Object body(String op, Fx fx) {
        Map<String, Function<Fx, Object>> known = new HashMap<>();
        known.put("POST /api/casework/v1/zaken", f -> Map.of("klantId", f.klantId, "klantgroep", "matchen",
                "reden", "Terug na verlies van werk."));
        known.put("POST /api/casework/v1/zaken/{id}/afwijkingen", f -> Map.of("reden", "De klant kent de regisseur.",
                "voorwaarde", "Evaluatie na drie maanden."));
        known.put("POST /api/casework/v1/zaken/{id}/begeleidingsoverleggen", f -> Map.of("geplandOp",
                VANDAAG.toString(), "deelnemers", List.of(Map.of("rol", "klant", "organisatie", "zelf",
                        "verplicht", true))));
        known.put("POST /api/casework/v1/zaken/{id}/gedragingen", f -> Map.of("categorie", "no-show",
                "datum", VANDAAG.toString(), "toelichting", "Niet verschenen."));
        known.put("POST /api/casework/v1/zaken/{id}/ondersteuningen", f -> ondersteuningBody());
        known.put("POST /api/casework/v1/zaken/{id}/overdrachten", f -> overdrachtBody());
        known.put("POST /api/casework/v1/zaken/{id}/plannen", f -> planBody());
        known.put("POST /api/casework/v1/zaken/{id}/regie", f -> Map.of("regisseur", owner(KM).subject(),
                "reden", "Vaste klantmanager"));
        known.put("POST /api/casework/v1/zaken/{id}/trajecten", f -> trajectBody());
        known.put("POST /api/casework/v1/afwijkingen/{aid}/beoordeling", f -> Map.of("goedgekeurd", true,
                "toelichting", "Akkoord."));
        known.put("POST /api/casework/v1/begeleidingsoverleggen/{oid}/verslag", f -> Map.of("gehoudenOp",
                VANDAAG.toString(), "aanwezig", List.of(true, true), "plan", "Werk-leerroute techniek",
                "trekker", owner(KM).subject(), "crisisclausule", "Bij terugval belt de school de trekker."));
        known.put("POST /api/casework/v1/ondersteuningen/{oid}/vervanging", f -> vervangingBody());
        known.put("POST /api/casework/v1/ondersteuningen/{oid}/vervanging/klantreactie", f -> Map.of("akkoord",
                false, "toelichting", "De klant wil de vaste begeleider houden."));
        known.put("POST /api/casework/v1/ondersteuningen/{oid}/vervanging/escalatiebesluit", f -> Map.of(
                "vervangen", false, "toelichting", "Handhaven."));
        known.put("POST /api/casework/v1/overdrachten/{oid}/afwijzing", f -> Map.of("reden", "niet-passend",
                "toelichting", "Buiten ons contract."));
        known.put("POST /api/enforcement/v1/gedragingen", f -> Map.of("klantId", f.klantId, "zaakId", f.zaak,
                "categorie", "no-show", "datum", VANDAAG.toString()));
        known.put("POST /api/enforcement/v1/handhavingsonderzoeken", f -> Map.of("klantId", f.klantId,
                "zaakId", f.zaak, "aanleiding", "signaal"));
        known.put("POST /api/enforcement/v1/handhavingsonderzoeken/{id}/afronden", f -> Map.of());
        String gedraging = "POST /api/enforcement/v1/gedragingen/{id}/";
        known.put(gedraging + "hoorverzoek", f -> Map.of("kanaal", "brief", "verzondenOp", VANDAAG.toString(),
                "gesprekOp", VANDAAG.toString()));
        known.put(gedraging + "horen", f -> Map.of("gehoordOp", VANDAAG.toString()));
        known.put(gedraging + "hersteltermijn", f -> Map.of("verzondenOp", VANDAAG.toString(),
                "gesprekOp", VANDAAG.plusDays(14).toString(), "aangetekend", true, "regulier", true));
        known.put(gedraging + "zorgafstemming", f -> Map.of("soort", "gezamenlijk-overleg",
                "datum", VANDAAG.toString()));
        known.put(gedraging + "voorstel", f -> Map.of("verwijtbaar", true, "waarschuwing", false,
                "normPerMaand", new java.math.BigDecimal("1401.53")));
        // The blokkering steps: the fixture's gedraging has no blokkering, so the owner's answer is the 409 of the
        // state (a valid body; what matters here is that nobody else learns the gedraging exists).
        known.put(gedraging + "blokkering-hersteltermijn", f -> Map.of("verzondenOp", VANDAAG.toString(),
                "termijnTot", VANDAAG.plusDays(14).toString()));
        known.put(gedraging + "blokkering-opheffing", f -> Map.of("per", VANDAAG.toString(),
                "reden", "De klant is verschenen."));
        known.put(gedraging + "stopzetting", f -> Map.of("per", VANDAAG.plusDays(1).toString(),
                "reden", "De klant reageert niet, ook niet na de hersteltermijn."));
        known.put(gedraging + "herziening", f -> Map.of("herzienPer", VANDAAG.plusDays(1).toString(),
                "reden", "De klant komt de verplichtingen weer na."));
        known.put("POST /api/casework/v1/overdrachten/{oid}/acceptatie", f -> Map.of("contactpersoon",
                owner(KP).subject()));
        known.put("POST /api/casework/v1/zaken/{id}/klantgroep", f -> Map.of("naar", "groeien",
                "criterium", "zes-maanden-niet-geplaatst", "reden", "Niet geplaatst.", "klantVoorkeur", "matchen"));
        known.put("POST /api/ladder/v1/metingen", f -> metingBody(f.klantId));
        known.put("POST /api/intake/v1/meldingen/{id}/screening", f -> Map.of("hulpvraag", List.of("inkomen", "werk"),
                "juisteLoket", "gemeente", "rapportage", "Screening."));
        known.put("POST /api/intake/v1/meldingen/{id}/ambitiegesprek", f -> Map.of("zelfbeoordeling", "dariuz",
                "resultaat", "Wil aan het werk."));
        known.put("POST /api/intake/v1/meldingen/{id}/klantgroep-besluiten", f -> Map.of("klantgroep", "matchen",
                "reden", "Binnen zes maanden aan het werk."));
        // Catalogue changes are shared by every other test of the run: an empty body reaches validation (400) for
        // every caller with the role, and changes nothing.
        known.put("PUT /api/intake/v1/klantgroepen/{code}", f -> Map.of());
        known.put("PUT /api/werkvoorraad/v1/weergaven/{id}", f -> Map.of("naam", "Gewijzigd " + f.label.hashCode()));
        known.put("POST /api/ladder/v1/ladder-modellen/{code}/versies/{versie}/beeindiging", f -> Map.of());
        if (known.containsKey(op)) {
            return known.get(op).apply(fx);
        }
        Map<String, Object> operation = operation(op);
        Map<String, Object> requestBody = (Map<String, Object>) operation.get("requestBody");
        if (requestBody == null) {
            return null;
        }
        Map<String, Object> json = (Map<String, Object>) ((Map<String, Object>) requestBody.get("content"))
                .get("application/json");
        if (json == null) {
            return null;
        }
        if (json.get("example") != null) {
            return json.get("example");
        }
        Map<String, Object> examples = (Map<String, Object>) json.get("examples");
        if (examples != null && !examples.isEmpty()) {
            return ((Map<String, Object>) examples.values().iterator().next()).get("value");
        }
        Map<String, Object> schema = resolve((Map<String, Object>) json.get("schema"));
        return schema.get("example") != null ? schema.get("example") : Map.of();
    }

    /**
     * The werkvoorraad's records of the owner: a saved view, and a signalering addressed to them (a casework snapshot
     * of open work assigned to them, docs/contracts/werkitems.md, published on casework's topic as casework does).
     */
    private static void werkvoorraad(Map<Fx, Needs> fixtures, Caller owner) throws InterruptedException {
        try (KafkaProducer<byte[], byte[]> producer = Broker.producer()) {
            for (Map.Entry<Fx, Needs> e : fixtures.entrySet()) {
                Fx fx = e.getKey();
                if (e.getValue().weergave()) {
                    // Not through as(): the DELETE fixture is gone at the end, its Location rightly dead.
                    fx.weergave = created(given().baseUri(Stack.GATEWAY).header("Authorization", owner.bearer())
                            .contentType(ContentType.JSON).body(Map.of("naam", "Weergave " + UUID.randomUUID(), "filter",
                            Map.of("toegewezenAan", "ik", "venster", "verlopen"))).post("/api/werkvoorraad/v1/weergaven"));
                }
                if (e.getValue().signalering()) {
                    String klant = UUID.randomUUID().toString();
                    String item = "taak:" + UUID.randomUUID();
                    Map<String, Object> werkitem = new HashMap<>();
                    werkitem.put("id", item);
                    werkitem.put("soort", "casework.taak");
                    werkitem.put("omschrijving", "Fixture-taak");
                    werkitem.put("zaakId", null);
                    werkitem.put("vervaldatum", VANDAAG.plusDays(7).toString());
                    werkitem.put("grondslag", null);
                    werkitem.put("status", "open");
                    werkitem.put("rol", KM);
                    werkitem.put("team", TEAM);
                    werkitem.put("toegewezenAan", owner.subject());
                    werkitem.put("klantgroep", "matchen");
                    werkitem.put("pad", "/api/casework/v1/taken/" + UUID.randomUUID());
                    String data;
                    try {
                        data = Flows.JSON.writeValueAsString(Map.of("bron", "casework", "klantId", klant,
                                "volgnummer", 1, "werkitems", List.of(werkitem)));
                    } catch (JsonProcessingException ex) {
                        throw new IllegalStateException(ex);
                    }
                    ProducerRecord<byte[], byte[]> r = new ProducerRecord<>("trede.casework.v1",
                            klant.getBytes(StandardCharsets.UTF_8), data.getBytes(StandardCharsets.UTF_8));
                    r.headers().add("ce_specversion", utf8("1.0")).add("ce_id", utf8(UUID.randomUUID().toString()))
                            .add("ce_source", utf8("urn:nld:oin:00000000000000000000:systeem:trede-casework"))
                            .add("ce_type", utf8("nl.trede.casework.werkitems-bijgewerkt")).add("ce_subject", utf8(klant))
                            .add("ce_time", utf8(TestDag.nu().toString())).add("content-type", utf8("application/json"));
                    Broker.send(producer, r);
                    fx.signalering = GedragingToMaatregelSystemTest.await(() -> as(owner)
                                    .queryParam("pageSize", 100).get("/api/werkvoorraad/v1/signaleringen").then()
                                    .statusCode(200).extract().jsonPath()
                                    .<String>getString("signaleringen.find { it.werkitemId == '" + item + "' }.id"),
                            Objects::nonNull, "the signalering of fixture " + fx.label);
                }
            }
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The value of each path parameter: from the fixture, or the catalogue's code. */
    private static List<String> pathValues(String op, Fx fx) {
        String template = op.substring(op.indexOf(' ') + 1);
        String service = template.split("/")[2];
        Matcher m = PARAM.matcher(template);
        List<String> values = new ArrayList<>();
        while (m.find()) {
            String before = template.substring(0, m.start());
            String collection = before.substring(before.lastIndexOf('/', before.length() - 2) + 1,
                    before.length() - 1);
            String value = switch (service + ":" + collection) {
                case "casework:zaken" -> fx.zaak;
                case "casework:afwijkingen" -> fx.afwijking;
                case "casework:begeleidingsoverleggen" -> fx.overleg;
                case "casework:ondersteuningen" -> fx.ondersteuning;
                case "casework:overdrachten" -> fx.overdracht;
                case "casework:taken" -> fx.taak;
                case "casework:trajecten" -> fx.traject;
                case "casework:gedragingen" -> fx.cwGedraging;
                case "casework:plannen" -> fx.plan;
                case "enforcement:gedragingen" -> fx.gedraging;
                case "enforcement:handhavingsonderzoeken" -> fx.onderzoek;
                case "ladder:klanten" -> fx.klantId;
                case "ladder:metingen" -> fx.meting;
                case "intake:meldingen" -> fx.melding;
                case "intake:ingediende-meldingen" -> fx.kpMelding;
                case "werkvoorraad:weergaven" -> fx.weergave;
                case "werkvoorraad:signaleringen" -> fx.signalering;
                default -> CATALOGUE.get(service + ":" + collection);
            };
            assertTrue(value != null, "no fixture for {" + m.group(1) + "} of " + op
                    + ": add it to ObjectLevelSystemTest's fixtures");
            values.add(value);
        }
        return values;
    }

    private static String fill(String op, List<String> values) {
        Matcher m = PARAM.matcher(op.substring(op.indexOf(' ') + 1));
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(i++)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A request, and the same request about records that do not exist. */
    record Request(String method, String path, String body, String ifMatch) {
    }

    record Pair(Request real, Request random) {
    }

    /**
     * The operation's request on the fixture, and its twin about nothing: every id (in the path and the body)
     * replaced by a random one, every catalogue code or number by one that is not in the catalogue.
     */
    private static Pair request(String op, Fx fx) {
        List<String> values = pathValues(op, fx);
        Map<String, String> ids = new HashMap<>();
        Function<String, String> swap = text -> {
            Matcher m = UUID_TEXT.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, ids.computeIfAbsent(m.group(), k -> UUID.randomUUID().toString()));
            }
            m.appendTail(out);
            return out.toString();
        };
        List<String> randomValues = values.stream().map(v -> UUID_TEXT.matcher(v).matches() ? swap.apply(v)
                : v.matches("\\d+") ? "97" : "geen-bestaande-code").toList();
        Object body = body(op, fx);
        String json;
        try {
            json = body == null ? null : Flows.JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String path = fill(op, values);
        String ifMatch = null;
        if (hasIfMatch(op)) {
            // The current ETag of the record the path names first, read by a role that may read it.
            String template = op.substring(op.indexOf(' ') + 1);
            Matcher first = PARAM.matcher(template);
            assertTrue(first.find(), "If-Match on an operation without a record: " + op);
            int segments = template.substring(0, first.end()).split("/").length;
            String record = String.join("/", java.util.Arrays.copyOfRange(path.split("/"), 0, segments));
            String reader = switch (template.split("/")[2]) {
                case "intake" -> IM;
                case "enforcement" -> HH;
                case "ladder", "werkvoorraad" -> KM;
                default -> TL;
            };
            ifMatch = as(owner(reader)).get(record).then().statusCode(200).extract().header("ETag");
        }
        String method = op.substring(0, op.indexOf(' '));
        return new Pair(new Request(method, path, json, ifMatch),
                new Request(method, fill(op, randomValues), json == null ? null : swap.apply(json), ifMatch));
    }

    @SuppressWarnings("unchecked")
    private static boolean hasIfMatch(String op) {
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation(op).getOrDefault("parameters",
                List.of());
        return parameters.stream().anyMatch(p -> "header".equals(p.get("in"))
                && "If-Match".equalsIgnoreCase((String) p.get("name")));
    }

    /** One answer, reduced to what may differ between callers: status, problem type, whether it is problem+json. */
    record Answer(int status, String type, boolean problem, String body) {
        static Answer of(Response r) {
            String contentType = r.contentType() == null ? "" : r.contentType();
            boolean problem = contentType.startsWith("application/problem+json");
            String body = r.asString();
            return new Answer(r.statusCode(), problem ? r.path("type") : null, problem,
                    body.length() > 200 ? body.substring(0, 200) + "…" : body);
        }

        boolean sameAs(Answer o) {
            return status == o.status && Objects.equals(type, o.type) && problem == o.problem;
        }

        @Override
        public String toString() {
            return Integer.toString(status);
        }
    }

    private static Answer send(Caller caller, Request request) {
        RequestSpecification spec = as(caller);
        if (request.ifMatch() != null) {
            spec = spec.header("If-Match", request.ifMatch());
        }
        if (request.body() != null) {
            spec = spec.body(request.body());
        }
        return Answer.of(spec.request(request.method(), request.path()));
    }

    // --- the document -------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static Map<String, Object> operation(String op) {
        String[] parts = op.split(" ", 2);
        Map<String, Object> paths = (Map<String, Object>) openapi.get("paths");
        return (Map<String, Object>) ((Map<String, Object>) paths.get(parts[1])).get(parts[0].toLowerCase());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> schema) {
        Map<String, Object> s = schema == null ? Map.of() : schema;
        for (int i = 0; i < 5 && s.get("$ref") instanceof String ref; i++) {
            s = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) openapi.get("components"))
                    .get("schemas")).get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (s.get("allOf") instanceof List<?> all && !all.isEmpty()) {
            Map<String, Object> merged = new HashMap<>();
            Map<String, Object> properties = new HashMap<>();
            for (Object part : all) {
                Map<String, Object> p = resolve((Map<String, Object>) part);
                merged.putAll(p);
                properties.putAll((Map<String, Object>) p.getOrDefault("properties", Map.of()));
            }
            merged.put("properties", properties);
            return merged;
        }
        return s;
    }

    /** Every operation of the document that names a record by id: a path parameter or an id property of its body. */
    @SuppressWarnings("unchecked")
    static List<String> idBearingOperations() {
        List<String> ops = new ArrayList<>();
        ((Map<String, Object>) openapi.get("paths")).forEach((path, item) -> ((Map<String, Object>) item)
                .forEach((method, o) -> {
                    if (!METHODS.contains(method)) {
                        return;
                    }
                    String op = method.toUpperCase() + " " + path;
                    boolean idInBody = false;
                    Map<String, Object> requestBody = (Map<String, Object>) ((Map<String, Object>) o).get("requestBody");
                    if (requestBody != null) {
                        Map<String, Object> json = (Map<String, Object>) ((Map<String, Object>) requestBody
                                .get("content")).get("application/json");
                        if (json != null) {
                            Map<String, Object> properties = (Map<String, Object>) resolve(
                                    (Map<String, Object>) json.get("schema")).getOrDefault("properties", Map.of());
                            idInBody = properties.keySet().stream().anyMatch(p -> p.equals("id") || p.endsWith("Id"));
                        }
                    }
                    if (path.contains("{") || idInBody) {
                        ops.add(op);
                    }
                }));
        ops.sort(null);
        return ops;
    }

    // --- the test -----------------------------------------------------------------------------------------------

    private static String ownerRole(String op) {
        if (OWNER_ROLE.containsKey(op)) {
            return OWNER_ROLE.get(op);
        }
        Set<String> roles = matrix.get(op);
        Scope scope = SCOPE.get(op);
        List<String> order = scope == Scope.MUNICIPALITY_WIDE ? List.of(IM, KM, TL)
                : scope == Scope.CATALOGUE ? RoleMatrixSystemTest.ROLES : List.of(KM, TL, HH, IM, KP);
        return order.stream().filter(roles::contains).filter(r -> !r.equals("trede-service")).findFirst()
                .orElseThrow(() -> new AssertionError("no owner role for " + op + " among " + roles));
    }

    /** (b): the caller of another team or organisation that the scope is about. */
    private static Caller foreign(String op) {
        return switch (SCOPE.get(op)) {
            case TEAM_RECORD -> ander(KM);
            case ORGANISATION_RECORD -> ander(KP);
            case MUNICIPALITY_WIDE, CATALOGUE -> ander(ownerRole(op));
            // another user of the same team and role
            case USER_RECORD -> new Caller(KM, "klan-collega", TEAM);
        };
    }

    private static boolean changesState(String op) {
        return !op.startsWith("GET ");
    }

    /** What one operation got, for the table and the verdict. */
    static final class Outcome {
        final String op;
        final Scope scope;
        Caller owner;
        Answer ownerAnswer;
        Caller b;
        Answer bReal;
        Answer bRandom;
        Answer cReal;
        Answer cRandom;
        final List<String> wrong = new ArrayList<>();

        Outcome(String op) {
            this.op = op;
            this.scope = SCOPE.get(op);
        }
    }

    @Test
    void everyIdBearingOperationKeepsOtherTeamsOut() throws IOException, InterruptedException {
        openapi = given().baseUri(Stack.GATEWAY).get("/api/openapi.json").then().statusCode(200).extract()
                .jsonPath().getMap("");
        matrix = RoleMatrixSystemTest.readmeMatrix();
        Caller beheer = owner("functioneel-beheerder");
        CATALOGUE.put("intake:klantgroepen", "matchen");
        CATALOGUE.put("enforcement:regelsets", as(beheer).get("/api/enforcement/v1/regelsets").then()
                .statusCode(200).extract().path("[0].id").toString());
        CATALOGUE.put("enforcement:gedragingscategorieen", as(owner(HH)).get("/api/enforcement/v1/gedragingscategorieen")
                .then().statusCode(200).extract().path("gedragingscategorieen[0].code"));
        CATALOGUE.put("ladder:ladder-modellen", "divosa");
        CATALOGUE.put("ladder:versies", as(beheer).get("/api/ladder/v1/ladder-modellen").then().statusCode(200)
                .extract().path("ladderModellen.find { it.code == 'divosa' }.versie").toString());
        CATALOGUE.put("ladder:treden", "1");

        List<String> operations = idBearingOperations();
        List<String> unclassified = operations.stream().filter(op -> !SCOPE.containsKey(op)).toList();
        List<String> stale = SCOPE.keySet().stream().filter(op -> !operations.contains(op)).toList();
        assertEquals(List.of(), unclassified, "id-bearing operations without a classification in "
                + "ObjectLevelSystemTest.SCOPE (team-record, organisation-record, municipality-wide or catalogue)");
        assertEquals(List.of(), stale, "classified operations that the document no longer has");

        // Fixtures: one shared set for the reads, a fresh one for every operation that changes state, and for a
        // municipality-wide change a second one on which (b) acts as the owner does.
        Fx gedeeld = new Fx("reads");
        Map<Fx, Needs> needs = new LinkedHashMap<>();
        Map<String, Fx> fixtureOf = new LinkedHashMap<>();
        Map<String, Fx> bFixtureOf = new LinkedHashMap<>();
        Needs reads = NOTHING;
        for (String op : operations) {
            if (changesState(op)) {
                Fx fx = new Fx(op);
                needs.put(fx, Needs.of(op));
                fixtureOf.put(op, fx);
                if (SCOPE.get(op) == Scope.MUNICIPALITY_WIDE) {
                    Fx second = new Fx(op + " (b)");
                    needs.put(second, Needs.of(op));
                    bFixtureOf.put(op, second);
                }
            } else {
                reads = reads.or(Needs.of(op));
                fixtureOf.put(op, gedeeld);
            }
        }
        needs.put(gedeeld, reads);
        long start = System.nanoTime();
        build(needs);
        long fixtureMillis = (System.nanoTime() - start) / 1_000_000;

        // (b) and (c), on the real records and on random ids: nothing may change.
        Caller c = ander(KP);
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        Map<String, Request> requests = new HashMap<>();
        Map<String, Long> before = MalformedInputSystemTest.settledRowCounts();
        for (String op : operations) {
            Outcome o = new Outcome(op);
            outcomes.put(op, o);
            o.owner = owner(ownerRole(op));
            o.b = foreign(op);
            Pair pair = request(op, fixtureOf.get(op));
            Request real = pair.real();
            requests.put(op, real);
            Request nowhere = pair.random();
            boolean bActsAsOwner = o.scope == Scope.MUNICIPALITY_WIDE && changesState(op);
            if (!bActsAsOwner) {
                o.bReal = send(o.b, real);
            }
            o.bRandom = send(o.b, nowhere);
            o.cReal = send(c, real);
            o.cRandom = send(c, nowhere);
        }
        Map<String, Long> after = MalformedInputSystemTest.settledRowCounts();
        Map<String, String> changed = new TreeMap<>();
        before.forEach((table, n) -> {
            if (!n.equals(after.get(table))) {
                changed.put(table, n + " -> " + after.get(table));
            }
        });

        // (a) the owner, last: it may change its fixture. A municipality-wide change by (b) on its own fixture.
        for (String op : operations) {
            Outcome o = outcomes.get(op);
            o.ownerAnswer = send(o.owner, requests.get(op));
            if (bFixtureOf.containsKey(op)) {
                o.bReal = send(o.b, request(op, bFixtureOf.get(op)).real());
            }
        }

        // Verdicts.
        for (Outcome o : outcomes.values()) {
            Answer a = o.ownerAnswer;
            if (a.status() == 401 || a.status() == 403 || a.status() == 404 || a.status() >= 500) {
                o.wrong.add("owner " + o.owner + ": " + a.status() + " " + a.body());
            }
            expect(o, "(b) " + o.b, o.b.role(), o.bReal, o.bRandom);
            expect(o, "(c) " + c, KP, o.cReal, o.cRandom);
        }

        // The table.
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder("[system-test] object-level access, per operation (answers: real "
                + "record / random id):\n");
        table.append(String.format("  %-82s %-20s %-22s %-6s %-14s %-9s %s%n", "operation", "scope", "owner",
                "(a)", "(b)", "(c)", "verdict"));
        for (Outcome o : outcomes.values()) {
            table.append(String.format("  %-82s %-20s %-22s %-6s %-14s %-9s %s%n", o.op, o.scope.label,
                    o.owner.role(), o.ownerAnswer, o.b.role().substring(0, 4) + " " + o.bReal + "/" + o.bRandom,
                    o.cReal + "/" + o.cRandom, o.wrong.isEmpty() ? "ok" : "WRONG"));
            o.wrong.forEach(w -> wrong.add(o.op + ": " + w));
        }
        long wrongOps = outcomes.values().stream().filter(o -> !o.wrong.isEmpty()).count();
        System.out.print(table);
        System.out.printf("[system-test] object-level: covered %d / total %d id-bearing operations (%d %%), wrong %d"
                        + " (fixtures %d ms)%n", outcomes.size(), operations.size(),
                operations.isEmpty() ? 100 : outcomes.size() * 100 / operations.size(), wrongOps, fixtureMillis);
        wrong.forEach(w -> System.out.println("[system-test] object-level WRONG " + w));
        if (!changed.isEmpty()) {
            System.out.println("[system-test] object-level: rows changed by the foreign calls: " + changed);
        }
        List<String> dead = followLocations();
        assertEquals(List.of(), wrong, "object-level answers that differ from the README's per-record rules");
        assertEquals(List.of(), dead, "Location headers that do not answer the one who created the record");
        assertEquals(Map.of(), changed, "rows changed by calls of another team or organisation");
    }

    /** The expectation for a caller of another team or organisation. */
    private static void expect(Outcome o, String who, String role, Answer real, Answer random) {
        boolean hasRole = matrix.get(o.op).contains(role);
        if (!hasRole) {
            if (real.status() != 403 || !real.problem() || random.status() != 403 || !random.problem()) {
                o.wrong.add(who + " has no role for it: expected 403 problem+json, got " + real.status() + " "
                        + real.body() + " / random " + random.status());
            } else if (!real.sameAs(random)) {
                o.wrong.add(who + ": the real record answers " + real.type() + ", a random id " + random.type());
            }
            return;
        }
        boolean outOfScope = switch (o.scope) {
            case TEAM_RECORD, ORGANISATION_RECORD, USER_RECORD -> true;
            // the intake staff work municipality-wide; a ketenpartner has no meldingen/{id} operation
            case MUNICIPALITY_WIDE -> !Set.of(IM, KM, TL).contains(role);
            case CATALOGUE -> false;
        };
        if (outOfScope) {
            if (real.status() != 404 || !real.problem()) {
                o.wrong.add(who + " (outside its scope): expected 404 problem+json, got " + real.status() + " "
                        + real.body());
            }
            if (!real.sameAs(random)) {
                o.wrong.add(who + ": the real record answers " + real.status() + " " + real.type()
                        + ", a random id " + random.status() + " " + random.type() + ": that confirms it exists");
            }
        } else if (real.status() != o.ownerAnswer.status()) {
            o.wrong.add(who + " (same scope as the owner): expected the owner's " + o.ownerAnswer.status() + ", got "
                    + real.status() + " " + real.body());
        }
    }
}
