package nl.trede.casework.api;

import static nl.trede.platform.testsupport.TestRequests.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.casework.domain.PlanVanAanpak;
import nl.trede.casework.domain.ZaakService;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestDag;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The plan van aanpak (Pw art. 44a, V-T art. 3, sources D2.5). */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class PlanResourceTest {

    private static final String API = "/api/casework/v1";
    private static final LocalDate VANDAAG = TestDag.vandaag();

    @Inject
    ZaakService zaken;

    private static Map<String, Object> plan(String variant, LocalDate evaluatie) {
        return new HashMap<>(Map.of("variant", variant, "doelen", List.of("Werkritme opbouwen", "Taalniveau 1F"),
                "afspraken", List.of("Elke twee weken een gesprek"), "verplichtingen", List.of("Taallessen volgen"),
                "evaluatiedatum", evaluatie.toString(), "overlegMetKlantOp", VANDAAG.toString()));
    }

    @Test
    @DisplayName("A plan per klantgroep variant, versioned, its evaluation a task; bad input is 400, nothing written")
    void planVaststellen() {
        String id = QuarkusTransaction.requiringNew().call(() -> zaken.openFromMelding(UUID.randomUUID(),
                UUID.randomUUID(), "aanvraag-levensonderhoud", "groeien",
                new ZaakService.Persoonsgegevens("P. Plan", LocalDate.of(1992, 2, 2)))).id.toString();
        as(Roles.KLANTMANAGER, "km-a").body(Map.of("regisseur", "km-a", "reden", "Oppakken"))
                .post(API + "/zaken/" + id + "/regie").then().statusCode(200);

        Map<String, Object> fout = plan("routekaart", VANDAAG);
        fout.put("doelen", List.of());
        as(Roles.KLANTMANAGER, "km-a").body(fout).post(API + "/zaken/" + id + "/plannen").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("doelen"));
        as(Roles.KLANTMANAGER, "km-a").body(plan("routekaart", VANDAAG)).post(API + "/zaken/" + id + "/plannen")
                .then().statusCode(400).body("invalidParams.name", containsInAnyOrder("variant", "evaluatiedatum"));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> PlanVanAanpak.count("zaakId",
                UUID.fromString(id))));
        as(Roles.KLANTMANAGER, "km-b").body(plan("trajectplan", VANDAAG.plusMonths(6)))
                .post(API + "/zaken/" + id + "/plannen").then().statusCode(403);

        as(Roles.KLANTMANAGER, "km-a").body(plan("trajectplan", VANDAAG.plusMonths(6)))
                .post(API + "/zaken/" + id + "/plannen").then().statusCode(201).body("versie", is(1));
        as(Roles.KLANTMANAGER, "km-a").body(plan("taalplan", VANDAAG.plusMonths(3)))
                .post(API + "/zaken/" + id + "/plannen").then().statusCode(201).body("versie", is(2));
        as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + id + "/plannen").then().statusCode(200)
                .body("versie", contains(2, 1)).body("[0].doelen", contains("Werkritme opbouwen", "Taalniveau 1F"));
        // Only the newest version's evaluation is open.
        as(Roles.KLANTMANAGER, "km-a").queryParam("zaakId", id).get(API + "/taken").then()
                .body("taken.findAll { it.soort == 'plan-evaluatie' }.uiterlijk", contains(VANDAAG.plusMonths(3).toString()));
        as(Roles.KLANTMANAGER, "km-a").get(API + "/zaken/" + id + "/tijdlijn").then()
                .body("findAll { it.soort == 'plan-vastgesteld' }.size()", is(2));
    }
}
