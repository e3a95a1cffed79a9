package nl.trede.intake.api;

import static nl.trede.intake.api.IntakeFlow.MELDINGEN;
import static nl.trede.intake.api.IntakeFlow.asMedewerker;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.trede.intake.domain.IntakeEvents;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Fields per kind of melding (the intake requirements), the school-leaver gap and the 120% income test. */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class PerSoortTest {

    @ConfigProperty(name = "trede.topics.intake")
    String topic;

    private static Map<String, Object> body(String type, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(MeldingResourceTest.melding(MeldingResourceTest.randomBsn()));
        body.put("type", type);
        body.remove("kanaal");
        body.putAll(extra);
        return body;
    }

    @Test
    void aSchoolSignalNeedsItsMelderAndLeavingDateAndFlagsTheGapBefore18() {
        asMedewerker().body(body("signaal-ketenpartner", Map.of())).post(MELDINGEN)
                .then().statusCode(400).body("invalidParams.name", containsInAnyOrder("melder"));
        Map<String, Object> school = Map.of("organisatie", "VSO De Rietlanden", "soort", "vso-school");
        asMedewerker().body(body("signaal-ketenpartner", Map.of("melder", school))).post(MELDINGEN)
                .then().statusCode(400).body("invalidParams.name", containsInAnyOrder("verwachteUitstroomdatum"));

        // Leaves school at 17 years and 8 months: four months without Participatiewet entitlement before 18
        // (the VSO/PrO school leaver cases; Pw art. 13 lid 1 onder f).
        LocalDate geboren = TestDag.vandaag().minusYears(17).minusMonths(2);
        LocalDate uitstroom = geboren.plusYears(17).plusMonths(8);
        String id = asMedewerker().body(body("signaal-ketenpartner", Map.of("melder", school,
                        "geboortedatum", geboren.toString(), "verwachteUitstroomdatum", uitstroom.toString())))
                .post(MELDINGEN).then().statusCode(201)
                .body("melder.soort", is("vso-school"))
                .body("schoolverlater.achttiendeVerjaardag", is(geboren.plusYears(18).toString()))
                .body("schoolverlater.gesignaleerd", is(true))
                .body("schoolverlater.dagenTotAchttien",
                        is((int) java.time.temporal.ChronoUnit.DAYS.between(uitstroom, geboren.plusYears(18))))
                .extract().path("id");
        try (TopicProbe probe = new TopicProbe(topic)) {
            ConsumerRecord<String, byte[]> event = probe.await(r -> IntakeEvents.MELDING_GEREGISTREERD
                    .equals(TopicProbe.header(r, "ce_type")) && id.equals(MeldingResourceTest.jsonField(r, "meldingId")),
                    Duration.ofSeconds(20)).orElseThrow();
            String data = new String(event.value(), StandardCharsets.UTF_8);
            assertTrue(data.contains("\"melderSoort\":\"vso-school\"") && data.contains("\"schoolverlaterGesignaleerd\":true"),
                    data);
            assertTrue(!data.contains("Rietlanden"), "no free text in events");
        }
        asMedewerker().queryParam("type", "signaal-ketenpartner").get(MELDINGEN).then().statusCode(200);
    }

    @Test
    void fieldsOfAnotherKindAreRejectedTogether() {
        asMedewerker().body(body("aanvraag-levensonderhoud", Map.of(
                        "melder", Map.of("organisatie", "Wijkteam Noord", "soort", "wijkteam"),
                        "inkomenPerMaand", new BigDecimal("100.00"))))
                .post(MELDINGEN).then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("kanaal", "melder", "inkomenPerMaand"));
        asMedewerker().body(body("signaal-ketenpartner", Map.of("melder", Map.of("organisatie", "X", "soort", "school"))))
                .post(MELDINGEN).then().statusCode(400)
                .body("invalidParams[0].name", is("melder.soort"))
                .body("invalidParams[0].reason", containsString("vso-school"));
    }

    @Test
    void aVerzoekOmOndersteuningPassesTheIncomeTest() {
        // Re-integratieverordening Deventer 2021 art. 2 lid 3 a / lid 4; sources D10 S01–S03; WML 2026-01-01 €
        // 2.294,40.
        asMedewerker().body(body("verzoek-ondersteuning", Map.of())).post(MELDINGEN)
                .then().statusCode(400).body("invalidParams[0].name", is("inkomenPerMaand"));
        asMedewerker().body(body("verzoek-ondersteuning", Map.of("inkomenPerMaand", new BigDecimal("2753.28"))))
                .post(MELDINGEN)
                .then().statusCode(201).body("inkomenPerMaand", is(2753.28f));
        asMedewerker().body(body("verzoek-ondersteuning", Map.of("inkomenPerMaand", new BigDecimal("2753.29"))))
                .post(MELDINGEN)
                .then().statusCode(400).body("invalidParams[0].name", is("inkomenPerMaand"))
                .body("invalidParams[0].reason", containsString("120%"));
        asMedewerker().body(body("verzoek-ondersteuning", Map.of("inkomenPerMaand", new BigDecimal("3441.60"),
                "inDoelgroepregister", true))).post(MELDINGEN).then().statusCode(201);
        asMedewerker().body(body("verzoek-ondersteuning", Map.of("inDoelgroepregister", true))).post(MELDINGEN)
                .then().statusCode(201);
        asMedewerker().body(body("verzoek-ondersteuning", Map.of("inkomenPerMaand", "-1"))).post(MELDINGEN)
                .then().statusCode(400).body("invalidParams[0].name", is("inkomenPerMaand"));
    }
}
