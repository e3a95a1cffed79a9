package nl.trede.ladder.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import nl.trede.platform.time.Geldigheid;
import nl.trede.platform.time.NlTime;

class LadderRegelsTest {

    record Versie(String versie, Geldigheid geldigheid) {
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theVersionValidOnTheDateIsTheCurrentOne() {
        // sources H2.3 and H9: every meting names one ladder scheme (LadderScheme: code, name,
        // valid from/to); sources L5.4: keep schemes and their versions separate.
        Versie v2008 = new Versie("2008", new Geldigheid(d("2009-04-01"), d("2027-12-31")));
        Versie v2028 = new Versie("2028", new Geldigheid(d("2028-01-01"), null));
        List<Versie> versies = List.of(v2028, v2008);
        assertEquals(Optional.of(v2008), Geldigheid.geldigOp(versies, Versie::geldigheid, d("2009-04-01")));
        assertEquals(Optional.of(v2008), Geldigheid.geldigOp(versies, Versie::geldigheid, d("2027-12-31")));
        assertEquals(Optional.of(v2028), Geldigheid.geldigOp(versies, Versie::geldigheid, d("2028-01-01")));
        assertEquals(Optional.empty(), Geldigheid.geldigOp(versies, Versie::geldigheid, d("2009-03-31")));
    }

    @Test
    void overlappingVersionsAreADataErrorNotAGuess() {
        Versie a = new Versie("a", new Geldigheid(d("2009-04-01"), null));
        Versie b = new Versie("b", new Geldigheid(d("2020-01-01"), null));
        assertThrows(IllegalStateException.class,
                () -> Geldigheid.geldigOp(List.of(a, b), Versie::geldigheid, d("2026-01-01")));
        assertEquals(Optional.of(a), Geldigheid.geldigOp(List.of(a, b), Versie::geldigheid, d("2019-12-31")));
        assertTrue(a.geldigheid().overlaptMet(b.geldigheid()));
        assertFalse(new Geldigheid(d("2009-04-01"), d("2019-12-31")).overlaptMet(b.geldigheid()));
        assertThrows(IllegalArgumentException.class, () -> new Geldigheid(d("2020-01-02"), d("2020-01-01")));
    }

    @Test
    void todayIsTheDutchCalendarDay() {
        // docs/design-choices.md#dutch-calendar-days: date code broke across time zones. 22:30 UTC on 1 July is 2 July
        // in Amsterdam.
        assertEquals(d("2026-07-02"),
                NlTime.vandaag(Clock.fixed(Instant.parse("2026-07-01T22:30:00Z"), ZoneOffset.UTC)));
        assertEquals(d("2026-01-01"),
                NlTime.vandaag(Clock.fixed(Instant.parse("2026-01-01T22:59:00Z"), ZoneOffset.UTC)));
    }

    @Test
    void aTredeNumberIsAWholeNumberAndTheLadderHasSixTreden() {
        // sources L5.2 and sources H2.2: "Het participatieniveau wordt aangegeven in zes
        // treden", 1 geïsoleerd to 6 betaald werk.
        for (int n = 1; n <= 6; n++) {
            assertEquals(OptionalInt.of(n), LadderRegels.leesNummer(Integer.toString(n)));
            assertTrue(LadderRegels.isTredeNummer(n));
        }
        assertEquals(OptionalInt.of(3), LadderRegels.leesNummer("03"));
        assertEquals(OptionalInt.of(7), LadderRegels.leesNummer("7"), "a number, just not a trede");
        assertFalse(LadderRegels.isTredeNummer(7));
        assertFalse(LadderRegels.isTredeNummer(0));
        for (String notANumber : new String[] {"", "een", "2.5", "2,5", "-1", "+3", " 3", "3 ", "1e1", "9999999999"}) {
            assertEquals(OptionalInt.empty(), LadderRegels.leesNummer(notANumber), notANumber);
        }
        assertEquals(OptionalInt.empty(), LadderRegels.leesNummer(null));
    }
}
