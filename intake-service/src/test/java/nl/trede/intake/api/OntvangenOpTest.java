package nl.trede.intake.api;

import static nl.trede.intake.api.IntakeFlow.MELDINGEN;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import nl.trede.intake.domain.IntakeEvents;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TestKalender;
import nl.trede.platform.testsupport.TestTokens;
import nl.trede.platform.testsupport.TopicProbe;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The meldingsdatum is the day the melding was received (Pw art. 44 lid 1–2: bijstand not before the day of melding;
 * Awb 4:13: the beslistermijn runs from receipt), also when it is registered later; every deadline runs from it.
 * "Today" comes from the service clock only; expected deadlines follow the Algemene termijnenwet in the test's own
 * {@link TestKalender} (published feestdagen).
 */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class OntvangenOpTest {

    @Inject
    Clock clock;

    @ConfigProperty(name = "trede.topics.intake")
    String topic;

    private LocalDate vandaag() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Amsterdam"));
    }

    private static Map<String, Object> ontvangen(LocalDate ontvangenOp) {
        Map<String, Object> body = new HashMap<>(MeldingResourceTest.melding(MeldingResourceTest.randomBsn()));
        body.put("ontvangenOp", ontvangenOp.toString());
        return body;
    }

    @Test
    @DisplayName("A letter of last Friday registered today keeps Friday as meldingsdatum; its deadlines run from Friday")
    void vrijdagOntvangenBlijftVrijdag() {
        LocalDate vrijdag = vandaag().with(TemporalAdjusters.previous(DayOfWeek.FRIDAY));
        JsonPath melding = given("im-vrijdag").body(ontvangen(vrijdag)).post(MELDINGEN).then().statusCode(201)
                .body("meldingDatum", is(vrijdag.toString()))
                .body("ontvangstOpgegevenDoor", is("im-vrijdag"))
                .extract().jsonPath();
        // Deventer productenboek (PB) §2.1: call back within 1 working day, screening within 2 working days of the melding;
        // Awb 4:13 and the Deventer norm: decision within 8 weeks of the melding, moved past a weekend or feestdag
        // (Atw art. 1).
        assertEquals(TestKalender.plusWerkdagen(vrijdag, 1).toString(), uiterlijk(melding, "terugbellen"));
        assertEquals(TestKalender.plusWerkdagen(vrijdag, 2).toString(), uiterlijk(melding, "screening"));
        assertEquals(TestKalender.atwEinde(vrijdag.plusWeeks(8)).toString(), uiterlijk(melding, "beslissing"));

        String id = melding.getString("id");
        try (TopicProbe probe = new TopicProbe(topic)) {
            var record = probe.await(r -> IntakeEvents.MELDING_GEREGISTREERD.equals(TopicProbe.header(r, "ce_type"))
                    && id.equals(MeldingResourceTest.jsonField(r, "meldingId")), Duration.ofSeconds(20)).orElseThrow();
            assertEquals(vrijdag.toString(), MeldingResourceTest.jsonField(record, "meldingDatum"));
        }
    }

    @Test
    @DisplayName("Without ontvangenOp the meldingsdatum is today on the service clock, set by the service")
    void zonderOntvangenOpIsHetVandaag() {
        given("im-vandaag").body(MeldingResourceTest.melding(MeldingResourceTest.randomBsn())).post(MELDINGEN).then()
                .statusCode(201).body("meldingDatum", is(vandaag().toString()))
                .body("ontvangstOpgegevenDoor", is((Object) null));
    }

    @Test
    @DisplayName("ontvangenOp in the future or more than 3 months back: 400 naming ontvangenOp, nothing written")
    void buitenDeGrensIs400() {
        LocalDate vandaag = vandaag();
        long before = MeldingResourceTest.meldingCount();
        for (LocalDate fout : new LocalDate[] {vandaag.plusDays(1), vandaag.minusMonths(3).minusDays(1)}) {
            given("im-grens").body(ontvangen(fout)).post(MELDINGEN).then().statusCode(400)
                    .contentType("application/problem+json").body("invalidParams.name", contains("ontvangenOp"));
        }
        assertEquals(before, MeldingResourceTest.meldingCount());
        // The limit itself is allowed (MeldingRegels.MAX_ONTVANGEN_TERUG).
        given("im-grens").body(ontvangen(vandaag.minusMonths(3))).post(MELDINGEN).then().statusCode(201)
                .body("meldingDatum", is(vandaag.minusMonths(3).toString()));
    }

    @Test
    @DisplayName("A ketenpartner's signal is received when submitted: it cannot state an earlier day (400)")
    void ketenpartnerKanNietTerugdateren() {
        Map<String, Object> signaal = ontvangen(vandaag().minusDays(1));
        signaal.put("type", "signaal-ketenpartner");
        signaal.remove("kanaal");
        signaal.put("melder", Map.of("organisatie", "Wijkteam Zuid", "soort", "wijkteam"));
        long before = MeldingResourceTest.meldingCount();
        io.restassured.RestAssured.given()
                .header("Authorization", "Bearer " + TestTokens.token(Roles.KETENPARTNER, "kp-terug"))
                .contentType(ContentType.JSON).body(signaal).post(MELDINGEN).then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams.name", contains("ontvangenOp"));
        assertEquals(before, MeldingResourceTest.meldingCount());
    }

    private static String uiterlijk(JsonPath melding, String soort) {
        return melding.getString("termijnen.find { it.soort == '" + soort + "' }.uiterlijk");
    }

    private static io.restassured.specification.RequestSpecification given(String subject) {
        return io.restassured.RestAssured.given()
                .header("Authorization", "Bearer " + TestTokens.token(Roles.INTAKE_MEDEWERKER, subject))
                .contentType(ContentType.JSON);
    }
}
