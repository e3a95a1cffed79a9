package nl.trede.intake.api;

import static nl.trede.intake.api.IntakeFlow.MELDINGEN;
import static nl.trede.intake.api.IntakeFlow.asMedewerker;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.trede.intake.domain.Termijn;
import nl.trede.intake.domain.TermijnSoort;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TestClock;
import nl.trede.platform.testsupport.TestKalender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Deadlines are computed at the melding and exposed (Deventer productenboek "PB" §2.1; Pw art. 41 lid 4; Awb 4:13;
 * Algemene termijnenwet). The date arithmetic itself is unit-tested with exact dates in IntakeTermijnenTest and
 * WerkdagenTest; these tests prove that each rule is applied to the right melding at the right step, on whatever day
 * the suite runs: "today" is the test clock's day ({@code trede.test.today}), and every expected date comes from
 * {@link TestKalender}, a calendar written separately from the production one.
 */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class TermijnenTest {

    @Inject
    TestClock clock;

    private static final LocalDate TODAY = nl.trede.platform.testsupport.TestDag.vandaag();

    private static JsonPath register(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(MeldingResourceTest.melding(MeldingResourceTest.randomBsn()));
        body.putAll(overrides);
        return asMedewerker().body(body).post(MELDINGEN).then().statusCode(201).extract().jsonPath();
    }

    private static String uiterlijk(JsonPath melding, String soort) {
        return melding.getString("termijnen.find { it.soort == '" + soort + "' }.uiterlijk");
    }

    @Test
    void aDigitalAanvraagGetsCallBackScreeningAndDecisionDeadlines() {
        JsonPath melding = register(Map.of());
        // PB §2.1: call back within 1 working day, screening within 2; decision at most 8 weeks from the melding.
        assertEquals(TestKalender.plusWerkdagen(TODAY, 1).toString(), uiterlijk(melding, "terugbellen"));
        assertEquals(TestKalender.plusWerkdagen(TODAY, 2).toString(), uiterlijk(melding, "screening"));
        // Awb 4:13 lid 2 / PB §2.1: 8 weeks; Atw art. 1 lid 1: a term ending on a weekend day or feestdag runs on.
        assertEquals(TestKalender.atwEinde(TODAY.plusWeeks(8)).toString(), uiterlijk(melding, "beslissing"));
        assertEquals(null, uiterlijk(melding, "zoektermijn"), "born 1990: 27 or older, no zoektermijn");
        assertEquals(null, uiterlijk(melding, "voorschot"));
    }

    @Test
    void aPhoneMeldingHasNoCallBackAndAMissingKanaalIs400() {
        assertEquals(null, uiterlijk(register(Map.of("kanaal", "telefonisch")), "terugbellen"));
        Map<String, Object> body = new HashMap<>(MeldingResourceTest.melding(MeldingResourceTest.randomBsn()));
        body.remove("kanaal");
        asMedewerker().body(body).post(MELDINGEN).then().statusCode(400)
                .body("invalidParams[0].name", is("kanaal"));
    }

    @Test
    void theZoektermijnAppliesUnder27OnTheMeldingDateUnlessAnExceptionHolds() {
        // Pw art. 41 lid 4: under 27 the aanvraag can be made no earlier than 4 weeks after the melding.
        JsonPath jong = register(Map.of("geboortedatum", TODAY.minusYears(27).plusDays(1).toString()));
        assertEquals(TODAY.plusWeeks(4).toString(), uiterlijk(jong, "zoektermijn"));
        // On the 27th birthday itself: no zoektermijn.
        assertEquals(null, uiterlijk(register(Map.of("geboortedatum", TODAY.minusYears(27).toString())), "zoektermijn"));
        // Lid 4 a: left VSO/praktijkonderwijs within a year; lid 4 b: medisch urenbeperkt or doelgroep LKS.
        assertEquals(null, uiterlijk(register(Map.of("geboortedatum", TODAY.minusYears(19).toString(),
                "laatsteInschrijvingProVso", TODAY.minusMonths(2).toString())), "zoektermijn"));
        assertEquals(null, uiterlijk(register(Map.of("geboortedatum", TODAY.minusYears(19).toString(),
                "medischUrenbeperktOfDoelgroepLks", true)), "zoektermijn"));
    }

    @Test
    void broodnoodIsAVoorschotTaskDueAtOnce() {
        JsonPath melding = register(Map.of("broodnood", true));
        assertEquals(TODAY.toString(), uiterlijk(melding, "voorschot"));
        asMedewerker().queryParam("venster", "vandaag").queryParam("soort", "voorschot").queryParam("pageSize", 200)
                .get("/api/intake/v1/termijnen")
                .then().statusCode(200)
                .body("peildatum", is(TODAY.toString()))
                .body("termijnen.meldingId", hasItem(melding.getString("id")))
                .body("termijnen.uiterlijk", everyItem(is(TODAY.toString())));
    }

    @Test
    void theScreeningMeetsItsDeadlinesAndStartsTheNextOnes() {
        String id = register(Map.of()).getString("id");
        asMedewerker().body(IntakeFlow.screening()).post(MELDINGEN + "/" + id + "/screening").then().statusCode(200)
                .body("termijnen.find { it.soort == 'screening' }.status", is("voldaan"))
                .body("termijnen.find { it.soort == 'terugbellen' }.status", is("voldaan"))
                // PB §2.1: ambitiegesprek within 5 working days of the screening; documents within 5 working days.
                .body("termijnen.find { it.soort == 'ambitiegesprek' }.uiterlijk",
                        is(TestKalender.plusWerkdagen(TODAY, 5).toString()))
                .body("termijnen.find { it.soort == 'documenten' }.status", is("open"));
        asMedewerker().post(MELDINGEN + "/" + id + "/intrekking").then().statusCode(200)
                .body("termijnen.status", not(hasItem("open")))
                .body("termijnen.find { it.soort == 'screening' }.status", is("voldaan"))
                .body("termijnen.find { it.soort == 'beslissing' }.status", is("vervallen"));
    }

    @Test
    void overdueDeadlinesAreListedEarliestFirst() {
        String id = register(Map.of()).getString("id");
        UUID meldingId = UUID.fromString(id);
        // A deadline that passed (as after a weekend without work on the queue).
        QuarkusTransaction.requiringNew().run(() -> Termijn.update("uiterlijk = ?1 where meldingId = ?2 and soort = ?3",
                TODAY.minusDays(3), meldingId, TermijnSoort.SCREENING));
        JsonPath verlopen = asMedewerker().queryParam("venster", "verlopen").queryParam("pageSize", 200)
                .get("/api/intake/v1/termijnen").then().statusCode(200)
                .body("termijnen.meldingId", hasItem(id))
                .body("termijnen.uiterlijk", everyItem(lessThan(TODAY.toString())))
                .header("Link", containsString("/api/intake/v1/termijnen?venster=verlopen&page=1&pageSize=200>; "
                        + "rel=\"first\""))
                .extract().jsonPath();
        java.util.List<String> dates = verlopen.getList("termijnen.uiterlijk");
        assertEquals(dates.stream().sorted().toList(), dates, "earliest first");
        asMedewerker().queryParam("venster", "morgen").get("/api/intake/v1/termijnen").then().statusCode(400)
                .body("invalidParams[0].reason", containsString("verlopen"));
    }

    @Test
    @DisplayName("A digital melding on a Friday: call-back and screening counted in working days past the weekend "
            + "(PB §2.1; Algemene termijnenwet calendar)")
    void aMeldingOnAFridayCountsWorkingDaysPastTheWeekend() {
        LocalDate vrijdag = TODAY.with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
        clock.naar(vrijdag);
        JsonPath melding = register(Map.of());
        assertEquals(vrijdag.toString(), melding.getString("meldingDatum"));
        LocalDate terugbellen = LocalDate.parse(uiterlijk(melding, "terugbellen"));
        LocalDate screening = LocalDate.parse(uiterlijk(melding, "screening"));
        assertEquals(TestKalender.plusWerkdagen(vrijdag, 1), terugbellen);
        assertEquals(TestKalender.plusWerkdagen(vrijdag, 2), screening);
        // Not Saturday: the Monday at the earliest (later when that Monday is a feestdag).
        assertTrue(!terugbellen.isBefore(vrijdag.plusDays(3)), terugbellen.toString());
        assertTrue(screening.isAfter(terugbellen) && screening.getDayOfWeek().getValue() <= 5, screening.toString());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }
}
