package nl.trede.intake.api;

import static nl.trede.intake.api.IntakeFlow.MELDINGEN;
import static nl.trede.intake.api.IntakeFlow.asMedewerker;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import nl.trede.intake.domain.Persoon;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestBsn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A BSN has one canonical form (Logisch Ontwerp BSN: 9 digits passing the 11-proef; an 8-digit legacy number
 * is the same number with a leading 0), so 43781317 and 043781317 are one person with one klantId.
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class BsnCanoniekTest {

    /** A valid BSN whose canonical form starts with 0, so it also has an 8-digit spelling. */
    static String bsnMetVoorloopnul() {
        return TestBsn.metVoorloopnul();
    }

    @Test
    @DisplayName("8 and 9 digits are one person: the second aanvraag is the 409 linking the first; _zoek finds it "
            + "with both spellings")
    void achtEnNegenCijfersZijnEenPersoon() {
        String negen = bsnMetVoorloopnul();
        String acht = negen.substring(1);

        Map<String, Object> eerste = MeldingResourceTest.melding(acht);
        var created = asMedewerker().body(eerste).post(MELDINGEN).then().statusCode(201)
                .body("persoon.bsn", is(negen)).extract();
        String id = created.path("id");
        String klantId = created.path("klantId");

        // The same person with the 9-digit spelling: one open aanvraag per person (the existing 409 path).
        asMedewerker().body(MeldingResourceTest.melding(negen)).post(MELDINGEN).then().statusCode(409)
                .contentType("application/problem+json").body("code", is("open-melding-exists"))
                .body("existing", is(MELDINGEN + "/" + id));
        // Another kind for the 9-digit spelling lands on the same klantId.
        Map<String, Object> verzoek = new HashMap<>(MeldingResourceTest.melding(negen));
        verzoek.put("type", "verzoek-ondersteuning");
        verzoek.remove("kanaal");
        verzoek.put("inDoelgroepregister", true);
        String tweede = asMedewerker().body(verzoek).post(MELDINGEN).then().statusCode(201)
                .body("klantId", is(klantId)).body("persoon.bsn", is(negen)).extract().path("id");

        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Persoon.count("bsn", negen)));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Persoon.count("bsn", acht)));
        for (String spelling : new String[] {acht, negen}) {
            asMedewerker().body(Map.of("bsn", spelling)).post(MELDINGEN + "/_zoek").then().statusCode(200)
                    .body("id", containsInAnyOrder(id, tweede)).body("klantId", contains(klantId, klantId));
        }
    }
}
