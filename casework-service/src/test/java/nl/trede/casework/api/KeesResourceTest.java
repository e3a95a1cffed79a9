package nl.trede.casework.api;

import static nl.trede.platform.testsupport.TestRequests.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.casework.domain.ZaakService;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestDag;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Kees case (sources A4.3): a begeleidingsoverleg with mandatory participants and outputs, maatwerk
 * outside the catalogue with its funding source and approver, concurrent trajectories.
 */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class KeesResourceTest {

    private static final String API = "/api/casework/v1";
    private static final LocalDate VANDAAG = TestDag.vandaag();

    @Inject
    ZaakService zaken;

    @Test
    @DisplayName("Kees: overleg with every mandatory participant and a crisis clause; maatwerk + werk-leerroute at once")
    void kees() {
        // 17, leaving VSO in 8 months, 18 in 11: a bridging task like intake's school-leaver signal brings.
        LocalDate uitstroom = VANDAAG.plusMonths(8);
        String zaak = QuarkusTransaction.requiringNew().call(() -> zaken.openFromMelding(UUID.randomUUID(),
                UUID.randomUUID(), "signaal-ketenpartner", "groeien",
                new ZaakService.Persoonsgegevens("K. (casus Kees)", VANDAAG.minusYears(17).plusMonths(11)),
                new ZaakService.Schoolverlater(uitstroom, VANDAAG.plusMonths(11), 90, true))).id.toString();
        as(Roles.KLANTMANAGER, "km-k").body(Map.of("regisseur", "km-k", "reden", "Oppakken"))
                .post(API + "/zaken/" + zaak + "/regie").then().statusCode(200);

        List<Map<String, Object>> deelnemers = List.of(
                Map.of("rol", "school", "organisatie", "VSO-school", "verplicht", true),
                Map.of("rol", "werkbedrijf", "organisatie", "Werkbedrijf", "verplicht", false),
                Map.of("rol", "jgt-swt", "organisatie", "Sociaal wijkteam", "verplicht", true),
                Map.of("rol", "ouders", "organisatie", "gezin", "verplicht", true),
                Map.of("rol", "klant", "organisatie", "zelf", "verplicht", true));
        String overleg = as(Roles.KLANTMANAGER, "km-k").body(Map.of("geplandOp", VANDAAG.toString(),
                        "deelnemers", deelnemers)).post(API + "/zaken/" + zaak + "/begeleidingsoverleggen").then()
                .statusCode(201).body("status", is("gepland")).extract().path("id");
        Map<String, Object> verslag = new HashMap<>(Map.of("gehoudenOp", VANDAAG.toString(),
                "aanwezig", List.of(true, false, true, false, true), "plan", "Dagbesteding smederij plus werk-leerroute",
                "trekker", "km-k", "crisisclausule", "Bij terugval belt de school de trekker."));
        as(Roles.KLANTMANAGER, "km-k").body(verslag).post(API + "/begeleidingsoverleggen/" + overleg + "/verslag")
                .then().statusCode(400).body("detail", containsString("ouders"));
        verslag.put("aanwezig", List.of(true, false, true, true, true));
        verslag.remove("crisisclausule");
        as(Roles.KLANTMANAGER, "km-k").body(verslag).post(API + "/begeleidingsoverleggen/" + overleg + "/verslag")
                .then().statusCode(400).body("invalidParams[0].name", is("crisisclausule"));
        verslag.put("crisisclausule", "Bij terugval belt de school de trekker.");
        as(Roles.KLANTMANAGER, "km-k").body(verslag).post(API + "/begeleidingsoverleggen/" + overleg + "/verslag")
                .then().statusCode(200).body("status", is("gehouden")).body("trekker", is("km-k"))
                .body("deelnemers.aanwezig", contains(true, false, true, true, true));
        as(Roles.KLANTMANAGER, "km-k").queryParam("zaakId", zaak).get(API + "/taken").then()
                .body("taken.findAll { it.soort == 'overbrugging-tot-18' }.size()", is(0));

        // maatwerk outside the catalogue — approved by a teamleider, with its funding source.
        Map<String, Object> maatwerk = new HashMap<>(Map.of("voorziening", "maatwerk", "startdatum",
                VANDAAG.plusDays(14).toString(), "einddatum", VANDAAG.plusYears(1).toString(),
                "maatwerkOmschrijving", "Dagbesteding in de smederij in Zwolle"));
        as(Roles.KLANTMANAGER, "km-k").body(maatwerk).post(API + "/zaken/" + zaak + "/trajecten").then()
                .statusCode(403);
        as(Roles.TEAMLEIDER, "tl-k").body(maatwerk).post(API + "/zaken/" + zaak + "/trajecten").then()
                .statusCode(400).body("invalidParams[0].name", is("financieringsbron"));
        maatwerk.put("financieringsbron", "Wmo-budget (maatwerkbesluit)");
        as(Roles.TEAMLEIDER, "tl-k").body(maatwerk).post(API + "/zaken/" + zaak + "/trajecten").then()
                .statusCode(201).body("goedgekeurdDoor", is("tl-k"));
        // concurrently a werk-leerroute (Groeien, 9 months, 20 hours; BR art. 4).
        as(Roles.KLANTMANAGER, "km-k").body(Map.of("voorziening", "werk-leerroute", "startdatum",
                        VANDAAG.plusDays(14).toString(), "einddatum", VANDAAG.plusDays(14).plusMonths(9).toString(),
                        "urenPerWeek", 20)).post(API + "/zaken/" + zaak + "/trajecten").then().statusCode(201);
        as(Roles.KLANTMANAGER, "km-k").get(API + "/zaken/" + zaak + "/trajecten").then()
                .body("voorziening", org.hamcrest.Matchers.containsInAnyOrder("maatwerk", "werk-leerroute"))
                .body("status", contains("lopend", "lopend"));
    }
}
