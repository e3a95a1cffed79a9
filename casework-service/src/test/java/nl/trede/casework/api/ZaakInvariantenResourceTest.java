package nl.trede.casework.api;

import static nl.trede.platform.testsupport.TestRequests.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.trede.casework.domain.Taak;
import nl.trede.casework.domain.TaakStatus;
import nl.trede.casework.domain.Traject;
import nl.trede.casework.domain.Zaak;
import nl.trede.casework.domain.ZaakService;
import nl.trede.casework.messaging.EnforcementTijdlijnHandler;
import nl.trede.platform.events.EventEnvelope;
import nl.trede.platform.problem.ProblemException;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The zaak's invariants hold on every path that could break them, not only on the endpoint built for them: R-26
 * (the regisseur is not an executing party without an approved deviation); a zaak never closes with open
 * overdrachten, running trajecten or open tasks; a traject and a task belong to a zaak that is not closed.
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class ZaakInvariantenResourceTest {

    private static final String API = "/api/casework/v1";

    @Inject
    ZaakService zaken;

    @Inject
    EnforcementTijdlijnHandler enforcement;

    private String zaakVanKmA(String klantgroep) {
        String id = QuarkusTransaction.requiringNew().call(() -> zaken.openFromMelding(UUID.randomUUID(),
                UUID.randomUUID(), "aanvraag-levensonderhoud", klantgroep,
                new ZaakService.Persoonsgegevens("I. Variant", LocalDate.of(1988, 3, 3)))).id.toString();
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("regisseur", "km-a", "reden", "Oppakken"))
                .post(API + "/zaken/" + id + "/regie").then().statusCode(200);
        return id;
    }

    private static Map<String, Object> wep(String uitvoerder) {
        Map<String, Object> body = new HashMap<>(Map.of("voorziening", "werkervaringsplaats",
                "startdatum", "2027-01-04", "einddatum", "2027-04-03", "urenPerWeek", 24));
        if (uitvoerder != null) {
            body.put("uitvoerder", uitvoerder);
        }
        return body;
    }

    private static Map<String, Object> aanbod(String soort, String ontvangerSoort, String ontvanger, boolean warm) {
        return new HashMap<>(Map.of("soort", soort, "ontvangerSoort", ontvangerSoort, "ontvanger", ontvanger,
                "warm", warm, "geschiedenis", "Twee jaar bijstand.", "mogelijkheden", "Plaatsbaar.",
                "verwachtingen", "Begeleiding naar werk."));
    }

    private static long trajecten(String zaak) {
        return QuarkusTransaction.requiringNew().call(() -> Traject.count("zaakId", UUID.fromString(zaak)));
    }

    @Test
    @DisplayName("R-26 on every path: traject, uitvoering offer and acceptance, change of regie, regie acceptance")
    void regisseurIsGeenUitvoerder() {
        String zaak = zaakVanKmA("groeien");
        // A traject executed by the regisseur: refused, nothing written.
        as(Roles.KLANTMANAGER, "km-a").body(wep("km-a")).post(API + "/zaken/" + zaak + "/trajecten").then()
                .statusCode(400).contentType("application/problem+json").body("code", is("regel-r-26"))
                .body("invalidParams[0].name", is("uitvoerder"));
        assertEquals(0, trajecten(zaak));
        // An uitvoering offer to the regisseur, and an accepted uitvoering with the regisseur as its contact.
        as(Roles.KLANTMANAGER, "km-a").body(aanbod("uitvoering", "werkbedrijf", "km-a", false))
                .post(API + "/zaken/" + zaak + "/overdrachten").then().statusCode(400).body("code", is("regel-r-26"));
        String uitvoering = as(Roles.KLANTMANAGER, "km-a").body(aanbod("uitvoering", "werkbedrijf", "wb-noord",
                false)).post(API + "/zaken/" + zaak + "/overdrachten").then().statusCode(201).extract().path("id");
        as(Roles.KETENPARTNER, "wb-1", "wb-noord").body(Map.of("contactpersoon", "km-a"))
                .post(API + "/overdrachten/" + uitvoering + "/acceptatie").then().statusCode(400)
                .body("code", is("regel-r-26")).body("invalidParams[0].name", is("contactpersoon"));
        as(Roles.KLANTMANAGER, "km-a").post(API + "/overdrachten/" + uitvoering + "/intrekking").then()
                .statusCode(200);

        // A traject executed by a colleague; then that colleague cannot become the regisseur, by any route.
        as(Roles.KLANTMANAGER, "km-a").body(wep("km-b")).post(API + "/zaken/" + zaak + "/trajecten").then()
                .statusCode(201);
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("regisseur", "km-b", "reden", "Overdragen"))
                .post(API + "/zaken/" + zaak + "/regie").then().statusCode(400).body("code", is("regel-r-26"))
                .body("invalidParams[0].name", is("regisseur"));
        as(Roles.TEAMLEIDER, "tl-x").body(Map.of("regisseur", "km-b", "reden", "Toewijzen"))
                .post(API + "/zaken/" + zaak + "/regie").then().statusCode(400);
        String teamB = "team-b-" + UUID.randomUUID().toString().substring(0, 8);
        String regie = as(Roles.KLANTMANAGER, "km-a").body(aanbod("regie", "team", teamB, true))
                .post(API + "/zaken/" + zaak + "/overdrachten").then().statusCode(201).extract().path("id");
        as(Roles.KLANTMANAGER, "km-b", teamB).body(Map.of("datum", "2025-06-02", "klantAanwezig", true,
                "zenderAanwezig", true, "ontvangerAanwezig", true)).post(API + "/overdrachten/" + regie
                + "/kennismaking").then().statusCode(200);
        as(Roles.KLANTMANAGER, "km-b", teamB).body(Map.of("contactpersoon", "km-b"))
                .post(API + "/overdrachten/" + regie + "/acceptatie").then().statusCode(400)
                .body("code", is("regel-r-26"));
        as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + zaak).then().body("regisseur", is("km-a"))
                .body("team", is("team-werk"));
    }

    @Test
    @DisplayName("R-26: with a deviation a teamleider approved, the regisseur executes a traject")
    void metGoedgekeurdeAfwijking() {
        String zaak = zaakVanKmA("groeien");
        String afwijking = as(Roles.KLANTMANAGER, "km-a").body(Map.of("reden", "Klant wil geen werkbedrijf."))
                .post(API + "/zaken/" + zaak + "/afwijkingen").then().statusCode(201).extract().path("id");
        as(Roles.KLANTMANAGER, "km-a").body(wep("km-a")).post(API + "/zaken/" + zaak + "/trajecten").then()
                .statusCode(400);
        as(Roles.TEAMLEIDER, "tl-x").body(Map.of("goedgekeurd", true, "toelichting", "Akkoord."))
                .post(API + "/afwijkingen/" + afwijking + "/beoordeling").then().statusCode(200);
        as(Roles.KLANTMANAGER, "km-a").body(wep("km-a")).post(API + "/zaken/" + zaak + "/trajecten").then()
                .statusCode(201).body("uitvoerder", is("km-a"));
    }

    @Test
    @DisplayName("Closing: 409 naming a running traject; once it ended, the besluit closes every open task with it")
    void nooitAfsluitenMetLopendTraject() {
        String zaak = zaakVanKmA("groeien");
        String traject = as(Roles.KLANTMANAGER, "km-a").body(wep("werkbedrijf")).post(API + "/zaken/" + zaak
                + "/trajecten").then().statusCode(201).extract().path("id");
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("reden", "uitstroom-werk")).post(API + "/zaken/" + zaak
                + "/afsluiting").then().statusCode(409).contentType("application/problem+json")
                .body("code", is("lopende-trajecten")).body("detail", containsString(traject))
                .body("detail", containsString("werkervaringsplaats"));
        as(Roles.KLANTMANAGER, "km-a").get(API + "/trajecten/" + traject).then().body("status", is("lopend"));
        as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + zaak).then().body("status", is("open"));
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("resultaat", "werk-gevonden"))
                .post(API + "/trajecten/" + traject + "/beeindiging").then().statusCode(200);
        // Another open review task, from a plan's evaluation date.
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("variant", "trajectplan", "doelen", java.util.List.of("Werk"),
                "afspraken", java.util.List.of("Gesprek"), "verplichtingen", java.util.List.of("Solliciteren"),
                "evaluatiedatum", "2027-05-03", "overlegMetKlantOp", "2025-06-02", "klantAkkoordOp", "2025-06-02"))
                .post(API + "/zaken/" + zaak + "/plannen").then().statusCode(201);
        as(Roles.KLANTMANAGER, "km-a").queryParam("zaakId", zaak).get(API + "/taken").then()
                .body("taken.soort", hasItem("plan-evaluatie"));
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("reden", "uitstroom-werk")).post(API + "/zaken/" + zaak
                + "/afsluiting").then().statusCode(200).body("status", is("afgesloten"));
        as(Roles.KLANTMANAGER, "km-a").queryParam("zaakId", zaak).get(API + "/taken").then()
                .body("totalItems", is(0));
        as(Roles.KLANTMANAGER, "km-a").queryParam("zaakId", zaak).queryParam("alle", true).get(API + "/taken")
                .then().body("taken.status", everyItem(is("afgehandeld"))).body("totalItems", is(2));
        as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + zaak + "/tijdlijn").then()
                .body("find { it.soort == 'zaak-afgesloten' }.samenvatting", containsString("plan-evaluatie"));
        // A traject belongs to a zaak that is not closed.
        as(Roles.KLANTMANAGER, "km-a").body(wep(null)).post(API + "/zaken/" + zaak + "/trajecten").then()
                .statusCode(409);
        assertEquals(1, trajecten(zaak));
    }

    @Test
    @DisplayName("No open task on a closed zaak: not through the domain, not through an enforcement event")
    void geenTaakOpEenGeslotenZaak() {
        String zaak = zaakVanKmA("matchen");
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("actieveZorg", true, "zorgSoort", "schuldhulp"))
                .post(API + "/zaken/" + zaak + "/indicaties").then().statusCode(200);
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("reden", "verhuisd")).post(API + "/zaken/" + zaak
                + "/afsluiting").then().statusCode(200);
        UUID zaakId = UUID.fromString(zaak);
        ProblemException e = assertThrows(ProblemException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                Taak.open(Zaak.findById(zaakId), "test", UUID.randomUUID(), LocalDate.of(2027, 1, 4), Roles.KLANTMANAGER,
                        "Test", java.time.Instant.parse("2026-11-20T10:00:00Z"))));
        assertEquals(409, e.status());
        UUID klantId = QuarkusTransaction.requiringNew().call(() -> Zaak.<Zaak>findById(zaakId).klant.klantId);
        QuarkusTransaction.requiringNew().run(() -> enforcement.handle(EventEnvelope.build(UUID.randomUUID(),
                "urn:nld:oin:00000000000000000000:systeem:trede-enforcement",
                "nl.trede.enforcement.maatregel-voorgesteld", klantId.toString(),
                OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneOffset.UTC), "http://localhost/x",
                "{\"maatregelId\":\"" + UUID.randomUUID() + "\",\"zaakId\":\"" + zaak + "\",\"uitkomst\":\"opleggen\","
                        + "\"categorie\":\"g2\"}")));
        long open = QuarkusTransaction.requiringNew().call(() -> Taak.count("zaakId = ?1 and status = ?2", zaakId,
                TaakStatus.OPEN));
        assertEquals(0, open);
        as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + zaak + "/tijdlijn").then()
                .body("soort", hasItem("maatregel-voorgesteld"));
    }

    private static final String SLUITEN = "update zaak set status = 'AFGESLOTEN', afsluit_reden = 'OVERIG', "
            + "afgesloten_at = timestamp '2026-11-20 10:00:00' where id = :id";
    private static final String TAAK = "insert into taak (id, zaak_id, soort, team, rol, omschrijving, uiterlijk, "
            + "status, bron_id, aangemaakt_op) values (:id, :zaak, 'test', 'team-werk', 'klantmanager', 'x', "
            + "date '2027-01-04', 'OPEN', :bron, timestamp '2026-11-20 10:00:00')";

    @Test
    @DisplayName("The database holds the same line for a path that would bypass the domain")
    void deDatabaseBewaaktHetOok() {
        String zaak = zaakVanKmA("groeien");
        UUID zaakId = UUID.fromString(zaak);
        as(Roles.KLANTMANAGER, "km-a").body(wep("werkbedrijf")).post(API + "/zaken/" + zaak + "/trajecten").then()
                .statusCode(201);
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> Zaak.getEntityManager()
                .createNativeQuery(SLUITEN).setParameter("id", zaakId).executeUpdate()), "a running traject");
        as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + zaak).then().body("status", is("open"));
        UUID leeg = UUID.fromString(zaakVanKmA("groeien")); // no traject, no task, no offer: the same update passes
        QuarkusTransaction.requiringNew().run(() -> Zaak.getEntityManager().createNativeQuery(SLUITEN)
                .setParameter("id", leeg).executeUpdate());

        String gesloten = zaakVanKmA("groeien");
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("reden", "verhuisd")).post(API + "/zaken/" + gesloten
                + "/afsluiting").then().statusCode(200);
        UUID geslotenId = UUID.fromString(gesloten);
        QuarkusTransaction.requiringNew().run(() -> Zaak.getEntityManager().createNativeQuery(TAAK)
                .setParameter("id", UUID.randomUUID()).setParameter("zaak", zaakId).setParameter("bron", UUID.randomUUID())
                .executeUpdate()); // on an open zaak it passes
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> Zaak.getEntityManager()
                .createNativeQuery(TAAK).setParameter("id", UUID.randomUUID()).setParameter("zaak", geslotenId)
                .setParameter("bron", UUID.randomUUID()).executeUpdate()), "an open task on a closed zaak");
    }

    /** The zaak's team and regisseur equal the last change in its regie history: one owner, every change recorded. */
    private static void eenRegisseur(String zaak, String team, String regisseur, int wissels) {
        as(Roles.TEAMLEIDER, "tl-x").get(API + "/zaken/" + zaak).then().body("team", is(team))
                .body("regisseur", is(regisseur)).body("eigenaar", is(regisseur == null ? team : regisseur));
        as(Roles.TEAMLEIDER, "tl-x").get(API + "/zaken/" + zaak + "/regiehistorie").then()
                .body("size()", is(wissels)).body("[" + (wissels - 1) + "].naarTeam", is(team))
                .body("[" + (wissels - 1) + "].naarRegisseur", is(regisseur));
    }

    @Test
    @DisplayName("One regisseur on every path that moves the regie: take, hand over, queue, accepted offer, doorstroom")
    void eenRegisseurOpElkPad() {
        String zaak = QuarkusTransaction.requiringNew().call(() -> zaken.openFromMelding(UUID.randomUUID(),
                UUID.randomUUID(), "aanvraag-levensonderhoud", "faciliteren",
                new ZaakService.Persoonsgegevens("I. Variant", LocalDate.of(1988, 3, 3)))).id.toString();
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("regisseur", "km-a", "reden", "Oppakken"))
                .post(API + "/zaken/" + zaak + "/regie").then().statusCode(200);
        eenRegisseur(zaak, "team-werk", "km-a", 1);
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("regisseur", "km-c", "reden", "Overdragen"))
                .post(API + "/zaken/" + zaak + "/regie").then().statusCode(200);
        eenRegisseur(zaak, "team-werk", "km-c", 2);
        as(Roles.TEAMLEIDER, "tl-x").body(Map.of("reden", "Terug naar de queue"))
                .post(API + "/zaken/" + zaak + "/regie").then().statusCode(200);
        eenRegisseur(zaak, "team-werk", null, 3);
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("regisseur", "km-a", "reden", "Weer oppakken"))
                .post(API + "/zaken/" + zaak + "/regie").then().statusCode(200);
        // A warm regie offer, accepted by the receiving team: team and regisseur move together, once.
        String teamB = "team-b-" + UUID.randomUUID().toString().substring(0, 8);
        String o = as(Roles.KLANTMANAGER, "km-a").body(aanbod("regie", "team", teamB, true))
                .post(API + "/zaken/" + zaak + "/overdrachten").then().statusCode(201).extract().path("id");
        eenRegisseur(zaak, "team-werk", "km-a", 4);
        as(Roles.TEAMLEIDER, "tl-b", teamB).body(Map.of("datum", "2025-06-02", "klantAanwezig", true,
                "zenderAanwezig", true, "ontvangerAanwezig", true)).post(API + "/overdrachten/" + o
                + "/kennismaking").then().statusCode(200);
        as(Roles.TEAMLEIDER, "tl-b", teamB).body(Map.of("contactpersoon", "km-b"))
                .post(API + "/overdrachten/" + o + "/acceptatie").then().statusCode(200);
        eenRegisseur(zaak, teamB, "km-b", 5);
        // A doorstroom with its overdracht offers the regie; the owner does not change before acceptance.
        as(Roles.KLANTMANAGER, "km-b", teamB).body(Map.of("naar", "zorg", "criterium", "motivatie-structureel-gedaald",
                        "reden", "Zorg eerst.", "overdracht", Map.of("team", "team-zorg", "geschiedenis", "x",
                                "mogelijkheden", "x", "verwachtingen", "x")))
                .post(API + "/zaken/" + zaak + "/klantgroep").then().statusCode(200);
        eenRegisseur(zaak, teamB, "km-b", 5);
    }

    @Test
    @DisplayName("One regisseur when an accepted offer and a change of regie race: each wins or loses whole (409)")
    void acceptatieEnRegiewisselTegelijk() throws Exception {
        String zaak = zaakVanKmA("groeien");
        String teamB = "team-b-" + UUID.randomUUID().toString().substring(0, 8);
        String o = as(Roles.KLANTMANAGER, "km-a").body(aanbod("regie", "team", teamB, true))
                .post(API + "/zaken/" + zaak + "/overdrachten").then().statusCode(201).extract().path("id");
        as(Roles.KLANTMANAGER, "km-b", teamB).body(Map.of("datum", "2025-06-02", "klantAanwezig", true,
                "zenderAanwezig", true, "ontvangerAanwezig", true)).post(API + "/overdrachten/" + o
                + "/kennismaking").then().statusCode(200);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            var acceptatie = pool.submit(() -> {
                start.await();
                return as(Roles.KLANTMANAGER, "km-b", teamB).body(Map.of("contactpersoon", "km-b"))
                        .post(API + "/overdrachten/" + o + "/acceptatie").then().extract().statusCode();
            });
            var regiewissel = pool.submit(() -> {
                start.await();
                return as(Roles.TEAMLEIDER, "tl-x").body(Map.of("regisseur", "km-c", "reden", "Toewijzen"))
                        .post(API + "/zaken/" + zaak + "/regie").then().extract().statusCode();
            });
            start.countDown();
            int a = acceptatie.get();
            int r = regiewissel.get();
            org.junit.jupiter.api.Assertions.assertTrue((a == 200 || a == 409) && (r == 200 || r == 409),
                    "acceptatie " + a + ", regie " + r);
            int wissels = 1 + (a == 200 ? 1 : 0) + (r == 200 ? 1 : 0);
            java.util.List<Map<String, Object>> historie = as(Roles.TEAMLEIDER, "tl-x").get(API + "/zaken/" + zaak
                    + "/regiehistorie").then().statusCode(200).extract().path("");
            assertEquals(wissels, historie.size(), historie.toString());
            Map<String, Object> laatste = historie.get(historie.size() - 1);
            as(Roles.TEAMLEIDER, "tl-x").get(API + "/zaken/" + zaak).then()
                    .body("regisseur", is(laatste.get("naarRegisseur"))).body("team", is(laatste.get("naarTeam")));
            as(Roles.TEAMLEIDER, "tl-x").get(API + "/overdrachten/" + o).then()
                    .body("status", is(a == 200 ? "geaccepteerd" : "kennismaking-gehouden"));
        } finally {
            pool.shutdownNow();
        }
    }
}
