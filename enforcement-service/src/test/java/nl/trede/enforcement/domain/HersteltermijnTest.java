package nl.trede.enforcement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import nl.trede.platform.time.Werkdagen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * sources D4.4 G5 Stap 2 / D4.6: „minimaal 5 werkdagen tussen datum verzending en datum gesprek";
 * working days per the Algemene termijnenwet (2026: Goede Vrijdag 3 April, Tweede Paasdag 6 April, Koningsdag
 * Monday 27 April, 5 mei Tuesday, Hemelvaartsdag 14 May).
 */
class HersteltermijnTest {

    @ParameterizedTest(name = "sent {0}, conversation {1}: {2} working days between, enough: {3}")
    @CsvSource({
        // plain week: Tue-Mon are the five days between
        "2026-03-02, 2026-03-09, 4, false",
        "2026-03-02, 2026-03-10, 5, true",
        // sent on a Friday: the weekend does not count
        "2026-03-06, 2026-03-13, 4, false",
        "2026-03-06, 2026-03-16, 5, true",
        // Easter: Goede Vrijdag and Tweede Paasdag do not count
        "2026-04-01, 2026-04-10, 4, false",
        "2026-04-01, 2026-04-13, 5, true",
        // Koningsdag (Monday 27 April)
        "2026-04-22, 2026-04-29, 3, false",
        "2026-04-22, 2026-04-30, 4, false",
        "2026-04-22, 2026-05-01, 5, true",
        // 5 mei and Hemelvaartsdag
        "2026-05-01, 2026-05-08, 3, false",
        "2026-05-01, 2026-05-12, 5, true",
        "2026-05-08, 2026-05-15, 3, false",
        "2026-05-08, 2026-05-18, 4, false",
        "2026-05-08, 2026-05-19, 5, true",
        // Christmas and Nieuwjaarsdag
        "2026-12-22, 2026-12-30, 4, false",
        "2026-12-22, 2026-12-31, 5, true",
        "2026-12-24, 2027-01-04, 4, false",
        "2026-12-24, 2027-01-05, 5, true"})
    void fiveWorkingDaysBetweenSendingAndTheConversation(LocalDate verzonden, LocalDate gesprek, long tussen,
                                                         boolean voldoende) {
        assertEquals(tussen, Hersteltermijn.werkdagenTussen(Werkdagen.ATW, verzonden, gesprek));
        assertEquals(voldoende, Hersteltermijn.voldoende(Werkdagen.ATW, verzonden, gesprek));
    }

    @ParameterizedTest(name = "sent {0}: earliest conversation {1}")
    @CsvSource({"2026-03-02, 2026-03-10", "2026-03-06, 2026-03-16", "2026-04-01, 2026-04-13", "2026-04-22, 2026-05-01",
        "2026-05-08, 2026-05-19", "2026-12-22, 2026-12-31", "2026-12-24, 2027-01-05"})
    void earliestConversation(LocalDate verzonden, LocalDate vroegste) {
        assertEquals(vroegste, Hersteltermijn.vroegsteGesprek(Werkdagen.ATW, verzonden));
    }
}
