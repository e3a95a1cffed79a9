package nl.trede.intake.api;

import static io.restassured.RestAssured.given;
import static nl.trede.platform.testsupport.TestRequests.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.trede.intake.domain.IntakeEvents;
import nl.trede.intake.domain.Melding;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestBsn;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TestTokens;
import nl.trede.platform.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class MeldingResourceTest {

    private static final String MELDINGEN = "/api/intake/v1/meldingen";

    @ConfigProperty(name = "trede.topics.intake")
    String topic;

    /** A fresh valid BSN per test so tests never collide on "one open melding per person per type". */
    static String randomBsn() {
        return TestBsn.willekeurig();
    }

    static Map<String, Object> melding(String bsn) {
        return Map.of("type", "aanvraag-levensonderhoud", "bsn", bsn, "naam", "J. de Vries",
                "geboortedatum", "1990-05-17", "kanaal", "digitaal");
    }

    static long meldingCount() {
        return QuarkusTransaction.requiringNew().call(() -> Melding.count());
    }

    @Test
    void registersAMeldingAndAnnouncesItWithoutPersonalData() {
        String bsn = randomBsn();
        Response created = as(Roles.INTAKE_MEDEWERKER).body(melding(bsn))
                .post(MELDINGEN)
                .then().statusCode(201)
                .header("Location", containsString(MELDINGEN + "/"))
                .header("ETag", notNullValue())
                .header("API-Version", "1.0.0")
                .body("type", is("aanvraag-levensonderhoud"))
                .body("status", is("geregistreerd"))
                .body("meldingDatum", is(TestDag.vandaag().toString()))
                .body("persoon.bsn", is(bsn))
                .body("geregistreerdOp", endsWith("Z"))
                .extract().response();
        String id = created.path("id");
        String klantId = created.path("klantId");

        as(Roles.KLANTMANAGER).get(MELDINGEN + "/" + id)
                .then().statusCode(200).body("id", is(id)).body("persoon.naam", is("J. de Vries"));

        try (TopicProbe probe = new TopicProbe(topic)) {
            ConsumerRecord<String, byte[]> record = probe.await(
                    r -> id.equals(jsonField(r, "meldingId")), Duration.ofSeconds(20)).orElseThrow();
            assertEquals(klantId, record.key(), "key = klantId keeps one klant's events in order");
            assertEquals(IntakeEvents.MELDING_GEREGISTREERD, TopicProbe.header(record, "ce_type"));
            assertEquals(klantId, TopicProbe.header(record, "ce_subject"));
            assertEquals("1.0", TopicProbe.header(record, "ce_specversion"));
            assertTrue(TopicProbe.header(record, "ce_source").startsWith("urn:nld:oin:"));
            assertTrue(TopicProbe.header(record, "ce_dataref").endsWith(MELDINGEN + "/" + id));
            assertNotNull(TopicProbe.header(record, "ce_time"));
            String everything = new String(record.value(), StandardCharsets.UTF_8) + record.headers();
            assertFalse(everything.contains(bsn), "no BSN in events (README.md#events: data minimisation)");
            assertFalse(everything.contains("Vries"), "no name in events");
        }
    }

    @Test
    void invalidBsnIs400NamingTheFieldWithoutEchoingItAndWritesNothing() {
        long before = meldingCount();
        as(Roles.INTAKE_MEDEWERKER).body(melding("123456789"))
                .post(MELDINGEN)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", is(400))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("invalidParams.name", containsInAnyOrder("bsn"))
                .body(not(containsString("123456789")));
        assertEquals(before, meldingCount());
    }

    @Test
    void missingFieldsAreAllListed() {
        as(Roles.INTAKE_MEDEWERKER).body("{}")
                .post(MELDINGEN)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", containsInAnyOrder("type", "bsn", "naam", "geboortedatum"));
    }

    @Test
    void malformedJsonIs400() {
        long before = meldingCount();
        as(Roles.INTAKE_MEDEWERKER).body("{\"type\": \"aanvraag-levensonderhoud\", ")
                .post(MELDINGEN)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("malformed-json"))
                .body(not(containsString("at [Source")));
        assertEquals(before, meldingCount());
    }

    @Test
    void emptyBodyIs400() {
        as(Roles.INTAKE_MEDEWERKER).post(MELDINGEN)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownTypeIs400ListingTheAllowedCodes() {
        Map<String, Object> body = new java.util.HashMap<>(melding(randomBsn()));
        body.put("type", "bijstand");
        as(Roles.INTAKE_MEDEWERKER).body(body)
                .post(MELDINGEN)
                .then().statusCode(400)
                .body("invalidParams[0].name", is("type"))
                .body("invalidParams[0].reason", containsString("aanvraag-levensonderhoud"))
                .body("invalidParams[0].reason", containsString("tip-handhaving"));
    }

    @Test
    void impossibleOrFutureBirthDateIs400() {
        Map<String, Object> body = new java.util.HashMap<>(melding(randomBsn()));
        body.put("geboortedatum", "1990-02-30");
        as(Roles.INTAKE_MEDEWERKER).body(body).post(MELDINGEN)
                .then().statusCode(400).body("invalidParams[0].name", is("geboortedatum"));
        body.put("geboortedatum", TestDag.vandaag().plusDays(2).toString()); // judged on the service clock
        as(Roles.INTAKE_MEDEWERKER).body(body).post(MELDINGEN)
                .then().statusCode(400).body("invalidParams[0].name", is("geboortedatum"))
                .body("invalidParams[0].reason", is("must be in the past"));
    }

    @Test
    void secondOpenMeldingOfTheSameTypeIs409LinkingTheFirst() {
        String bsn = randomBsn();
        String first = as(Roles.INTAKE_MEDEWERKER).body(melding(bsn)).post(MELDINGEN)
                .then().statusCode(201).extract().path("id");
        as(Roles.INTAKE_MEDEWERKER).body(melding(bsn)).post(MELDINGEN)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("existing", is(MELDINGEN + "/" + first));
        // Another type for the same person is allowed.
        Map<String, Object> other = new java.util.HashMap<>(melding(bsn));
        other.put("type", "verzoek-ondersteuning");
        other.put("inkomenPerMaand", new BigDecimal("1800.00"));
        as(Roles.INTAKE_MEDEWERKER).body(other).post(MELDINGEN).then().statusCode(201);
    }

    @Test
    void doorzettenPublishesMeldingDoorgezetOnceAndOnlyFromOpen() {
        Response created = as(Roles.INTAKE_MEDEWERKER).body(melding(randomBsn())).post(MELDINGEN)
                .then().statusCode(201).extract().response();
        String id = created.path("id");
        as(Roles.INTAKE_MEDEWERKER).post(MELDINGEN + "/" + id + "/doorzetten")
                .then().statusCode(409).body("code", is("illegal-transition"))
                .body("detail", containsString("geregistreerd"));
        IntakeFlow.toKlantgroepBepaald(id);
        String etag = as(Roles.INTAKE_MEDEWERKER).get(MELDINGEN + "/" + id).then().extract().header("ETag");

        as(Roles.INTAKE_MEDEWERKER).header("If-Match", "\"999\"").post(MELDINGEN + "/" + id + "/doorzetten")
                .then().statusCode(412).contentType("application/problem+json");
        as(Roles.INTAKE_MEDEWERKER).header("If-Match", etag).post(MELDINGEN + "/" + id + "/doorzetten")
                .then().statusCode(202).body("status", is("doorgezet")).body("doorgezetOp", notNullValue())
                .body("klantgroep", is("matchen")).body("toegestaneActies.size()", is(0));
        as(Roles.INTAKE_MEDEWERKER).post(MELDINGEN + "/" + id + "/doorzetten")
                .then().statusCode(409).body("code", is("illegal-transition"));

        try (TopicProbe probe = new TopicProbe(topic)) {
            ConsumerRecord<String, byte[]> record = probe.await(
                    r -> IntakeEvents.MELDING_DOORGEZET.equals(TopicProbe.header(r, "ce_type"))
                            && id.equals(jsonField(r, "meldingId")), Duration.ofSeconds(20)).orElseThrow();
            assertEquals(created.<String>path("klantId"), record.key());
            assertEquals("matchen", jsonField(record, "klantgroep"));
            long doorgezet = probe.drain(Duration.ofSeconds(1)).stream()
                    .filter(r -> IntakeEvents.MELDING_DOORGEZET.equals(TopicProbe.header(r, "ce_type")))
                    .filter(r -> id.equals(jsonField(r, "meldingId"))).count();
            assertEquals(1, doorgezet);
        }
    }

    @Test
    void idempotencyKeyReturnsTheFirstResult() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = melding(randomBsn());
        String first = as(Roles.INTAKE_MEDEWERKER).header("Idempotency-Key", key).body(body).post(MELDINGEN)
                .then().statusCode(201).extract().path("id");
        long after = meldingCount();
        as(Roles.INTAKE_MEDEWERKER).header("Idempotency-Key", key).body(body).post(MELDINGEN)
                .then().statusCode(200).body("id", is(first));
        assertEquals(after, meldingCount());
        Map<String, Object> other = new java.util.HashMap<>(body);
        other.put("naam", "Someone Else");
        as(Roles.INTAKE_MEDEWERKER).header("Idempotency-Key", key).body(other).post(MELDINGEN)
                .then().statusCode(409).body("code", is("idempotency-key-reused"));
    }

    @Test
    void unknownMeldingIs404Problem() {
        as(Roles.KLANTMANAGER).get(MELDINGEN + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("status", is(404));
        as(Roles.KLANTMANAGER).get(MELDINGEN + "/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void noTokenIs401AndWrongRoleIs403AsProblems() {
        given().contentType(ContentType.JSON).body(melding(randomBsn())).post(MELDINGEN)
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().header("Authorization", "Bearer " + TestTokens.expired(Roles.INTAKE_MEDEWERKER))
                .contentType(ContentType.JSON).body(melding(randomBsn())).post(MELDINGEN)
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer not.a.jwt")
                .get(MELDINGEN + "/" + UUID.randomUUID())
                .then().statusCode(401).contentType("application/problem+json");
        as(Roles.BELEIDSMEDEWERKER).body(melding(randomBsn())).post(MELDINGEN)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void healthAndOpenApiAndMetrics() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("outbox"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("servers[0].url", is("/api/intake/v1"))
                .body("paths", org.hamcrest.Matchers.hasKey("/meldingen"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("trede_outbox_pending"));
    }

    static String jsonField(ConsumerRecord<String, byte[]> record, String field) {
        try {
            var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(record.value());
            return node.hasNonNull(field) ? node.get(field).asText() : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

}
