package nl.trede.enforcement.api;

import static nl.trede.platform.testsupport.TestRequests.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TopicProbe;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Rechtmatigheid (sources D4.2 item 6): a handhavingsonderzoek after recidive, outcome registered — herziening
 * (Pw art. 54 lid 3), terugvordering (art. 58), boete at most the benadelingsbedrag (art. 18a lid 1).
 */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class OnderzoekResourceTest {

    static final String PATH = "/api/enforcement/v1/handhavingsonderzoeken";
    static final LocalDate VANDAAG = TestDag.vandaag();

    @ConfigProperty(name = "trede.topics.enforcement")
    String topic;

    @Test
    void openAndCloseWithRegisteredOutcomes() {
        UUID klant = UUID.randomUUID();
        String gedraging = as(Roles.HANDHAVER).body(Map.of("klantId", klant.toString(), "categorie", "no-show",
                "datum", VANDAAG.toString())).post("/api/enforcement/v1/gedragingen").then().statusCode(201)
                .extract().path("id");
        try (TopicProbe probe = new TopicProbe(topic)) {
            String id = as(Roles.HANDHAVER).body(Map.of("klantId", klant.toString(), "aanleiding", "recidive",
                    "gedragingIds", List.of(gedraging))).post(PATH).then().statusCode(201)
                    .body("status", is("gestart")).body("gedragingIds", is(List.of(gedraging))).extract().path("id");
            String etag = as(Roles.HANDHAVER).get(PATH + "/" + id).then().statusCode(200).extract().header("ETag");
            as(Roles.HANDHAVER).header("If-Match", etag).body(Map.of("benadelingsbedrag", new BigDecimal("800.00"),
                    "boeteBedrag", new BigDecimal("900.00"))).post(PATH + "/" + id + "/afronden").then().statusCode(400)
                    .body("invalidParams.name", hasItem("boeteBedrag"));
            as(Roles.HANDHAVER).get(PATH + "/" + id).then().header("ETag", etag).body("status", is("gestart"));
            as(Roles.HANDHAVER).header("If-Match", etag).body(Map.of("herziening", true, "terugvorderingBedrag",
                            new BigDecimal("800.00"), "benadelingsbedrag", new BigDecimal("800.00"), "boeteBedrag",
                            new BigDecimal("400.00")))
                    .post(PATH + "/" + id + "/afronden").then().statusCode(200).body("status", is("afgerond"))
                    .body("uitkomsten", is(List.of("herziening", "terugvordering", "boete")));
            as(Roles.HANDHAVER).body(Map.of()).post(PATH + "/" + id + "/afronden").then().statusCode(409);
            as(Roles.HANDHAVER).header("If-Match", etag).body(Map.of()).post(PATH + "/" + id + "/afronden").then()
                    .statusCode(412);
            var afgerond = probe.await(TopicProbe.ofType("nl.trede.enforcement.onderzoek-afgerond"),
                    Duration.ofSeconds(15));
            assertEquals(klant.toString(), afgerond.orElseThrow().key());
            String data = new String(afgerond.get().value(), StandardCharsets.UTF_8);
            assertFalse(data.contains("test-handhaver"), data);
        }
    }

    @Test
    void badInputIs400AndWritesNothing() {
        UUID klant = UUID.randomUUID();
        as(Roles.HANDHAVER).body(Map.of("klantId", klant.toString(), "aanleiding", "zomaar")).post(PATH).then()
                .statusCode(400).body("invalidParams.name", hasItem("aanleiding"));
        as(Roles.HANDHAVER).body(Map.of("klantId", klant.toString(), "aanleiding", "signaal", "gedragingIds",
                List.of(UUID.randomUUID().toString()))).post(PATH).then().statusCode(400)
                .body("invalidParams.name", hasItem("gedragingIds[0]"));
        as(Roles.KLANTMANAGER).body(Map.of("klantId", klant.toString(), "aanleiding", "signaal")).post(PATH).then()
                .statusCode(403);
        as(Roles.HANDHAVER).queryParam("klantId", klant.toString()).get(PATH).then().statusCode(200)
                .body("size()", is(0));
    }
}
