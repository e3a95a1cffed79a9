package nl.trede.systemtests;

import static nl.trede.systemtests.GedragingToMaatregelSystemTest.as;
import static nl.trede.systemtests.GedragingToMaatregelSystemTest.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.trede.platform.testsupport.TestDag;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The werkvoorraad end to end, through the gateway, on the real producers (docs/contracts/werkitems.md): work done in
 * intake, casework, the ladder and enforcement appears in the werkvoorraad of the person or role that must do it, with
 * the due date the owning service itself shows, and leaves it when the work is done there. How long each change took
 * to arrive is printed (the contract's target is 1 s); the test waits up to 30 s and asserts no timing.
 */
@ExtendWith(Stack.class)
class WerkvoorraadSystemTest {

    private static final String WERKITEMS = "/api/werkvoorraad/v1/werkitems";
    private static final LocalDate VANDAAG = TestDag.vandaag();
    private static final Duration WACHT = Duration.ofSeconds(30);

    /** The werkvoorraad of {@code user} (role {@code role}) for one klant. */
    private static List<Map<String, Object>> werkitems(String role, String user, String klantId) {
        return as(role, user).queryParam("klantId", klantId).queryParam("pageSize", 100).get(WERKITEMS)
                .then().statusCode(200).extract().jsonPath().getList("werkitems");
    }

    /** Waits until {@code user}'s werkvoorraad of the klant satisfies {@code klaar}; prints how long it took. */
    private static List<Map<String, Object>> wachtOp(String role, String user, String klantId, String wat,
                                                     Predicate<List<Map<String, Object>>> klaar)
            throws InterruptedException {
        long start = System.nanoTime();
        List<Map<String, Object>> items = await(() -> werkitems(role, user, klantId), klaar, wat, WACHT);
        System.out.printf("[werkvoorraad] %s: %d ms%n", wat, (System.nanoTime() - start) / 1_000_000);
        return items;
    }

    private static List<Map<String, Object>> vanSoort(List<Map<String, Object>> items, String soort) {
        return items.stream().filter(i -> soort.equals(i.get("soort"))).toList();
    }

    @Test
    @DisplayName("A melding's deadlines are the intake-medewerker's work with intake's own dates, and leave on withdrawal")
    void intakeTermijnen() throws InterruptedException {
        JsonPath melding = as("intake-medewerker", "im-w").body(Map.of("type", "aanvraag-levensonderhoud",
                        "bsn", MeldingToZaakSystemTest.randomBsn(), "naam", "W. Werkvoorraad", "geboortedatum",
                        "1990-01-15", "kanaal", "digitaal"))
                .post("/api/intake/v1/meldingen").then().statusCode(201).extract().jsonPath();
        String klantId = melding.getString("klantId");
        String pad = "/api/intake/v1/meldingen/" + melding.getString("id");
        List<String> termijnen = as("intake-medewerker", "im-w").get(pad).then().statusCode(200).extract()
                .jsonPath().getList("termijnen.uiterlijk");
        assertTrue(!termijnen.isEmpty(), "an aanvraag has a beslistermijn at least");

        List<Map<String, Object>> items = wachtOp("intake-medewerker", "im-w", klantId, "intake's deadlines",
                l -> l.size() == termijnen.size());
        assertEquals(termijnen.stream().sorted().toList(),
                items.stream().map(i -> (String) i.get("vervaldatum")).sorted().toList(), items.toString());
        for (Map<String, Object> item : items) {
            assertEquals("intake", item.get("bron"));
            assertEquals("intake-medewerker", item.get("rol"));
            assertTrue(((String) item.get("soort")).startsWith("intake."), item.toString());
            assertTrue(((String) item.get("pad")).startsWith(pad), item.toString());
        }
        // Another role's werkvoorraad does not show intake's work.
        assertEquals(List.of(), werkitems("handhaver", "hh-w", klantId));

        String etag = as("intake-medewerker", "im-w").get(pad).then().extract().header("ETag");
        as("intake-medewerker", "im-w").header("If-Match", etag).body(Map.of("toelichting", "Klant trekt in."))
                .post(pad + "/intrekking").then().statusCode(200);
        wachtOp("intake-medewerker", "im-w", klantId, "withdrawn melding leaves", List::isEmpty);
    }

    @Test
    @DisplayName("A zaak's traject, a meting due and a hersteltermijn each reach the right person, and leave when done")
    void zaakLadderEnHandhaving() throws InterruptedException {
        String[] zk = GedragingToMaatregelSystemTest.zaak();
        String klantId = zk[0];
        String zaakId = zk[1];
        as("klantmanager", "km-a").body(Map.of("regisseur", "km-a", "reden", "Oppakken"))
                .post("/api/casework/v1/zaken/" + zaakId + "/regie").then().statusCode(200);

        // casework: a traject with its review at the end (the review task is the regisseur's). The zaak already has
        // work of the same soort (the klantgroep's evaluation), so the review is the item the traject adds.
        List<Object> eerder = wachtOp("klantmanager", "km-a", klantId, "the zaak's own work", l -> !l.isEmpty())
                .stream().map(i -> i.get("id")).toList();
        LocalDate einde = VANDAAG.plusMonths(6);
        String traject = as("klantmanager", "km-a").body(Map.of("voorziening", "jobcoaching", "startdatum",
                        VANDAAG.toString(), "einddatum", einde.toString()))
                .post("/api/casework/v1/zaken/" + zaakId + "/trajecten").then().statusCode(201).extract().path("id");
        Predicate<Map<String, Object>> nieuweReview = i -> "casework.evaluatie".equals(i.get("soort"))
                && !eerder.contains(i.get("id"));
        List<Map<String, Object>> metReview = wachtOp("klantmanager", "km-a", klantId, "the traject's review",
                l -> l.stream().anyMatch(nieuweReview));
        Map<String, Object> review = metReview.stream().filter(nieuweReview).findFirst().orElseThrow();
        assertEquals(einde.toString(), review.get("vervaldatum"), review.toString());
        assertEquals(zaakId, review.get("zaakId"));
        assertEquals("km-a", review.get("toegewezenAan"));
        // A klantmanager of another team sees none of this klant's work.
        as("klantmanager", "km-elders", "team-elders").queryParam("klantId", klantId).get(WERKITEMS).then()
                .statusCode(200).body("totalItems", org.hamcrest.Matchers.is(0));

        // ladder: a meting makes the next one due 6 months later (Heemskerk 2.2, sources H2.6).
        GedragingToMaatregelSystemTest.awaitZaakBekend(() -> as("klantmanager", "km-a")
                .get("/api/ladder/v1/klanten/" + klantId + "/posities").then().extract().statusCode(), "the ladder");
        as("klantmanager", "km-a").body(Map.of("klantId", klantId, "model", Map.of("code", "heemskerk"),
                        "trede", 2, "subTreden", List.of("2.2"), "meetdatum", VANDAAG.toString(),
                        "bron", "klantmanager-gesprek", "aanleiding", "periodiek"))
                .post("/api/ladder/v1/metingen").then().statusCode(201);
        List<Map<String, Object>> metMeting = wachtOp("klantmanager", "km-a", klantId, "the next meting",
                l -> !vanSoort(l, "ladder.meting").isEmpty());
        assertEquals(VANDAAG.plusMonths(6).toString(), vanSoort(metMeting, "ladder.meting").get(0).get("vervaldatum"));

        // casework: ending the traject completes its review.
        as("klantmanager", "km-a").body(Map.of("resultaat", "werk-gevonden"))
                .post("/api/casework/v1/trajecten/" + traject + "/beeindiging").then().statusCode(200);
        wachtOp("klantmanager", "km-a", klantId, "the review leaves with the traject",
                l -> l.stream().noneMatch(i -> review.get("id").equals(i.get("id"))));

        // enforcement: a no-show reported in casework; the handhaver sends a hersteltermijn with a conversation.
        GedragingToMaatregelSystemTest.gedragingMelden(() -> as("klantmanager", "km-a").body(Map.of("categorie",
                        "no-show", "datum", VANDAAG.toString(), "toelichting", "Niet verschenen."))
                .post("/api/casework/v1/zaken/" + zaakId + "/gedragingen")).then().statusCode(201);
        List<Map<String, Object>> handhaving = wachtOp("handhaver", "hh-w", klantId, "the gedraging to hear",
                l -> !vanSoort(l, "enforcement.horen").isEmpty());
        String gedraging = ((String) vanSoort(handhaving, "enforcement.horen").get(0).get("pad"))
                .replace("/api/enforcement/v1/gedragingen/", "");
        LocalDate gesprek = VANDAAG.plusDays(14);
        stap(gedraging, "hoorverzoek", Map.of("kanaal", "brief", "verzondenOp", VANDAAG.toString(),
                "gesprekOp", VANDAAG.toString()));
        stap(gedraging, "hersteltermijn", Map.of("verzondenOp", VANDAAG.toString(), "gesprekOp", gesprek.toString(),
                "aangetekend", true, "regulier", true));
        List<Map<String, Object>> metTermijn = wachtOp("handhaver", "hh-w", klantId, "the hersteltermijn",
                l -> !vanSoort(l, "enforcement.hersteltermijn").isEmpty());
        assertEquals(gesprek.toString(), vanSoort(metTermijn, "enforcement.hersteltermijn").get(0).get("vervaldatum"));
        assertEquals(List.of(), vanSoort(metTermijn, "enforcement.horen"), "the step taken is gone");
        // The team's werkvoorraad shows the klant's open work, the handhaver's steps too (rol handhaver, for the
        // team to know); the klantmanager's own work is the rol filter, which leaves them out.
        List<Map<String, Object>> vanHetTeam = vanSoort(werkitems("klantmanager", "km-a", klantId),
                "enforcement.hersteltermijn");
        assertEquals(1, vanHetTeam.size(), vanHetTeam.toString());
        assertEquals("handhaver", vanHetTeam.get(0).get("rol"));
        List<Map<String, Object>> eigenWerk = as("klantmanager", "km-a").queryParam("klantId", klantId)
                .queryParam("rol", "klantmanager").queryParam("pageSize", 100).get(WERKITEMS).then().statusCode(200)
                .extract().jsonPath().getList("werkitems");
        assertEquals(List.of(), vanSoort(eigenWerk, "enforcement.hersteltermijn"));
        assertTrue(eigenWerk.stream().allMatch(i -> "klantmanager".equals(i.get("rol"))), eigenWerk.toString());
    }

    private static void stap(String gedraging, String actie, Map<String, Object> body) {
        String pad = "/api/enforcement/v1/gedragingen/" + gedraging;
        String etag = as("handhaver", "hh-w").get(pad).then().statusCode(200).extract().header("ETag");
        as("handhaver", "hh-w").header("If-Match", etag).body(body).post(pad + "/" + actie).then().statusCode(200);
    }
}
