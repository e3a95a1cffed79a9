package nl.trede.casework.api;

import static nl.trede.platform.testsupport.TestRequests.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.trede.casework.domain.CaseworkEvents;
import nl.trede.casework.domain.OverdrachtService;
import nl.trede.casework.domain.Taak;
import nl.trede.casework.domain.ZaakService;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TopicProbe;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Warme overdracht end to end (sources A3, A6 T01, T04, T05). */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class OverdrachtResourceTest {

    private static final String API = "/api/casework/v1";

    @Inject
    ZaakService zaken;

    @Inject
    OverdrachtService overdrachten;

    @ConfigProperty(name = "trede.topics.casework")
    String topic;

    /** A zaak with km-a as its regisseur. */
    private String zaakVanKmA() {
        String id = QuarkusTransaction.requiringNew().call(() -> zaken.openFromMelding(UUID.randomUUID(),
                UUID.randomUUID(), "aanvraag-levensonderhoud", "matchen",
                new ZaakService.Persoonsgegevens("R. Test", LocalDate.of(1980, 6, 1)))).id.toString();
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("regisseur", "km-a", "reden", "Oppakken"))
                .post(API + "/zaken/" + id + "/regie").then().statusCode(200);
        return id;
    }

    private static Map<String, Object> aanbod(String soort, String ontvangerSoort, String ontvanger, boolean warm) {
        return new HashMap<>(Map.of("soort", soort, "ontvangerSoort", ontvangerSoort, "ontvanger", ontvanger,
                "warm", warm, "geschiedenis", "Twee jaar bijstand.", "mogelijkheden", "Plaatsbaar binnen een jaar.",
                "verwachtingen", "Begeleiding naar werk."));
    }

    private static String aanbieden(String zaak, Map<String, Object> body) {
        return as(Roles.KLANTMANAGER, "km-a").body(body).post(API + "/zaken/" + zaak + "/overdrachten").then()
                .statusCode(201).body("status", is("aangeboden")).extract().path("id");
    }

    private static Map<String, Object> kennismaking(boolean ontvangerAanwezig) {
        return Map.of("datum", "2025-06-02", "klantAanwezig", true, "zenderAanwezig", true,
                "ontvangerAanwezig", ontvangerAanwezig);
    }

    @Test
    @DisplayName("T01 (Ray Heijder): warm to the werkbedrijf; on acceptance it executes, the regisseur keeps regie")
    void uitvoeringNaarHetWerkbedrijf() {
        String zaak = zaakVanKmA();
        String o = aanbieden(zaak, aanbod("uitvoering", "werkbedrijf", "werkbedrijf-lucrato", true));
        // T05: not before the introduction; the introduction has klant, sender and receiver.
        as(Roles.KETENPARTNER, "lucrato-1", "werkbedrijf-lucrato").body(Map.of("contactpersoon", "jc-de-vries"))
                .post(API + "/overdrachten/" + o + "/acceptatie").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("R-04"));
        as(Roles.KLANTMANAGER, "km-a").body(kennismaking(false)).post(API + "/overdrachten/" + o + "/kennismaking")
                .then().statusCode(400);
        as(Roles.KLANTMANAGER, "km-a").body(kennismaking(true)).post(API + "/overdrachten/" + o + "/kennismaking")
                .then().statusCode(200).body("status", is("kennismaking-gehouden"));
        // The sender stays owner while the offer is open.
        as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + zaak).then().body("regisseur", is("km-a"))
                .body("uitvoerder", nullValue());
        as(Roles.KETENPARTNER, "lucrato-1", "werkbedrijf-lucrato").body(Map.of("contactpersoon", "jc-de-vries"))
                .post(API + "/overdrachten/" + o + "/acceptatie").then().statusCode(200)
                .body("status", is("geaccepteerd")).body("contactpersoon", is("jc-de-vries"));
        as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + zaak).then()
                .body("regisseur", is("km-a")).body("uitvoerder", is("werkbedrijf-lucrato"))
                .body("uitvoerderSoort", is("werkbedrijf"));
        as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + zaak + "/tijdlijn").then()
                .body("soort", hasItems("overdracht-aangeboden", "kennismaking-gehouden", "overdracht-geaccepteerd"));
        try (TopicProbe probe = new TopicProbe(topic)) {
            assertTrue(probe.await(r -> CaseworkEvents.OVERDRACHT_GEACCEPTEERD.equals(TopicProbe.header(r, "ce_type"))
                    && new String(r.value(), StandardCharsets.UTF_8).contains(o), Duration.ofSeconds(20)).isPresent());
        }
    }

    @Test
    @DisplayName("R-02/R-04: regie never cold; a rejection needs code and text and leaves the sender owner")
    void regieWarmRejectedThenAccepted() {
        String zaak = zaakVanKmA();
        as(Roles.KLANTMANAGER, "km-a").body(aanbod("regie", "team", "team-jongeren", false))
                .post(API + "/zaken/" + zaak + "/overdrachten").then().statusCode(400)
                .body("detail", containsString("cold"));
        Map<String, Object> zonderPakket = aanbod("regie", "team", "team-jongeren", true);
        zonderPakket.put("verwachtingen", " ");
        as(Roles.KLANTMANAGER, "km-a").body(zonderPakket).post(API + "/zaken/" + zaak + "/overdrachten").then()
                .statusCode(400).body("invalidParams[0].name", is("verwachtingen"));
        as(Roles.KLANTMANAGER, "km-b").body(aanbod("regie", "team", "team-jongeren", true))
                .post(API + "/zaken/" + zaak + "/overdrachten").then().statusCode(403);

        String o = aanbieden(zaak, aanbod("regie", "team", "team-jongeren", true));
        as(Roles.KLANTMANAGER, "km-a").body(aanbod("regie", "team", "team-zorg", true))
                .post(API + "/zaken/" + zaak + "/overdrachten").then().statusCode(409);
        as(Roles.TEAMLEIDER, "tl-j", "team-jongeren").body(Map.of("reden", "geen-capaciteit"))
                .post(API + "/overdrachten/" + o + "/afwijzing").then().statusCode(400)
                .body("invalidParams[0].name", is("toelichting"));
        as(Roles.TEAMLEIDER, "tl-j", "team-jongeren").body(Map.of("reden", "geen-capaciteit", "toelichting", "Wachtlijst tot maart."))
                .post(API + "/overdrachten/" + o + "/afwijzing").then().statusCode(200).body("status", is("afgewezen"));
        as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + zaak).then()
                .body("regisseur", is("km-a")).body("team", is("team-werk"));

        String tweede = aanbieden(zaak, aanbod("regie", "team", "team-jongeren", true));
        as(Roles.TEAMLEIDER, "tl-j", "team-jongeren").body(kennismaking(true)).post(API + "/overdrachten/" + tweede + "/kennismaking")
                .then().statusCode(200);
        as(Roles.TEAMLEIDER, "tl-j", "team-jongeren").body(Map.of("contactpersoon", "km-j")).post(API + "/overdrachten/" + tweede
                + "/acceptatie").then().statusCode(200);
        as(Roles.KLANTMANAGER, "km-j").get(API + "/zaken/" + zaak).then()
                .body("team", is("team-jongeren")).body("regisseur", is("km-j")).body("eigenaar", is("km-j"));
        as(Roles.KLANTMANAGER, "km-j").get(API + "/zaken/" + zaak + "/regiehistorie").then()
                .body("naarRegisseur", org.hamcrest.Matchers.contains("km-a", "km-j"));
    }

    @Test
    @DisplayName("T04: unanswered after its term → expired, the sender stays owner, one escalation task for the "
            + "teamleider")
    void anUnansweredOfferExpiresAndEscalatesOnce() {
        String zaak = zaakVanKmA();
        String o = aanbieden(zaak, aanbod("uitvoering", "sociaal-wijkteam", "swt-noord", true));
        LocalDate uiterlijk = LocalDate.parse(as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + zaak
                + "/overdrachten").then().extract().path("[0].antwoordUiterlijk"));
        assertEquals(0, (int) QuarkusTransaction.requiringNew().call(() -> overdrachten.verloop(uiterlijk)),
                "not on its last day");
        QuarkusTransaction.requiringNew().call(() -> overdrachten.verloop(uiterlijk.plusDays(1)));
        QuarkusTransaction.requiringNew().call(() -> overdrachten.verloop(uiterlijk.plusDays(2)));
        as(Roles.TEAMLEIDER, "tl-x").get(API + "/zaken/" + zaak + "/overdrachten").then()
                .body("[0].status", is("verlopen"));
        as(Roles.TEAMLEIDER, "tl-x").queryParam("zaakId", zaak).get(API + "/taken").then().statusCode(200)
                .body("taken.findAll { it.soort == 'overdracht-verlopen' }.size()", is(1))
                .body("taken.find { it.soort == 'overdracht-verlopen' }.rol", is("teamleider"))
                .body("taken.find { it.soort == 'overdracht-verlopen' }.team", is("team-werk"));
        long taken = QuarkusTransaction.requiringNew().call(() -> Taak.count("bronId", UUID.fromString(o)));
        assertEquals(1, taken);
        as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + zaak).then().body("regisseur", is("km-a"))
                .body("uitvoerder", nullValue());
        as(Roles.KETENPARTNER, "swt-1", "swt-noord").body(Map.of("contactpersoon", "x"))
                .post(API + "/overdrachten/" + o + "/acceptatie").then().statusCode(409);
    }

    @Test
    @DisplayName("the casework requirements: a zaak cannot close with an open overdracht")
    void noClosingWithAnOpenOverdracht() {
        String zaak = zaakVanKmA();
        String o = aanbieden(zaak, aanbod("uitvoering", "aanbieder", "re-integratiebureau-x", false));
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("reden", "uitstroom-werk"))
                .post(API + "/zaken/" + zaak + "/afsluiting").then().statusCode(409)
                .body("detail", containsString("open overdracht"));
        as(Roles.KLANTMANAGER, "km-a").post(API + "/overdrachten/" + o + "/intrekking").then().statusCode(200)
                .body("status", is("ingetrokken"));
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("reden", "uitstroom-werk"))
                .post(API + "/zaken/" + zaak + "/afsluiting").then().statusCode(200);
    }

    @Test
    @DisplayName("T02 / R-26, R-27 (Ray Heijder): the regisseur executes only with an approved, visible deviation")
    void regisseurAlsUitvoerderAlleenMetGoedgekeurdeAfwijking() {
        String zaak = zaakVanKmA();
        as(Roles.KLANTMANAGER, "km-a").body(aanbod("uitvoering", "werkbedrijf", "km-a", false))
                .post(API + "/zaken/" + zaak + "/overdrachten").then().statusCode(400)
                .body("detail", containsString("R-26"));
        as(Roles.KLANTMANAGER, "km-a").body(aanbod("uitvoering", "regisseur", "iemand", false))
                .post(API + "/zaken/" + zaak + "/overdrachten").then().statusCode(400);
        as(Roles.KLANTMANAGER, "km-b").body(Map.of("reden", "x")).post(API + "/zaken/" + zaak + "/afwijkingen")
                .then().statusCode(403);
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("reden", " ")).post(API + "/zaken/" + zaak + "/afwijkingen")
                .then().statusCode(400);
        String afwijking = as(Roles.KLANTMANAGER, "km-a").body(Map.of("reden", "Klant wil niet naar het werkbedrijf.",
                        "voorwaarde", "Evaluatie na drie maanden.")).post(API + "/zaken/" + zaak + "/afwijkingen")
                .then().statusCode(201).body("status", is("aangevraagd")).body("zichtbaarVoorKlant", is(true))
                .extract().path("id");
        // Not yet: the regisseur is no executor before the approval.
        as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + zaak).then().body("uitvoerder", nullValue());
        // Four eyes: a teamleider who asked does not approve; a klantmanager cannot.
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("goedgekeurd", true)).post(API + "/afwijkingen/" + afwijking
                + "/beoordeling").then().statusCode(403);
        as(Roles.TEAMLEIDER, "tl-x").body(Map.of("goedgekeurd", true, "toelichting", "Akkoord."))
                .post(API + "/afwijkingen/" + afwijking + "/beoordeling").then().statusCode(200)
                .body("status", is("goedgekeurd")).body("beoordeeldDoor", is("tl-x"));
        as(Roles.TEAMLEIDER, "tl-y").body(Map.of("goedgekeurd", false)).post(API + "/afwijkingen/" + afwijking
                + "/beoordeling").then().statusCode(409);
        as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + zaak).then()
                .body("regisseur", is("km-a")).body("uitvoerder", is("km-a")).body("uitvoerderSoort", is("regisseur"));
        as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + zaak + "/afwijkingen").then()
                .body("[0].reden", is("Klant wil niet naar het werkbedrijf."))
                .body("[0].voorwaarde", is("Evaluatie na drie maanden."));
        as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + zaak + "/tijdlijn").then()
                .body("soort", hasItems("afwijking-aangevraagd", "afwijking-goedgekeurd"));
    }

    @Test
    @DisplayName("Four eyes in the database: the requester cannot be the assessor")
    void fourEyesInTheDatabase() {
        String zaak = zaakVanKmA();
        String afwijking = as(Roles.KLANTMANAGER, "km-a").body(Map.of("reden", "Test vier ogen."))
                .post(API + "/zaken/" + zaak + "/afwijkingen").then().statusCode(201).extract().path("id");
        org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                Taak.getEntityManager().createNativeQuery("update afwijking set beoordeeld_door = aangevraagd_door "
                        + "where id = :id").setParameter("id", UUID.fromString(afwijking)).executeUpdate()));
    }
}
