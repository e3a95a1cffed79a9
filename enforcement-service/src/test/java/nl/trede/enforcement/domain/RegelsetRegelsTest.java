package nl.trede.enforcement.domain;

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
import org.junit.jupiter.api.Test;
import nl.trede.platform.time.Geldigheid;
import nl.trede.platform.time.NlTime;

class RegelsetRegelsTest {

    record Versie(String naam, Geldigheid geldigheid) {
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aVersionAppliesFromItsFirstToItsLastDayInclusive() {
        // sources L4.0: consolidations on wetten.overheid.nl are "geldend van ... t/m ...", both ends
        // inclusive; an open end (no geldig_tot) applies until further notice.
        Geldigheid g = new Geldigheid(d("2025-01-01"), d("2025-12-31"));
        assertFalse(g.omvat(d("2024-12-31")));
        assertTrue(g.omvat(d("2025-01-01")));
        assertTrue(g.omvat(d("2025-12-31")));
        assertFalse(g.omvat(d("2026-01-01")));
        Geldigheid open = new Geldigheid(d("2025-01-01"), null);
        assertTrue(open.omvat(d("2099-12-31")));
        assertFalse(open.omvat(d("2024-12-31")));
        assertThrows(IllegalArgumentException.class, () -> new Geldigheid(d("2025-01-02"), d("2025-01-01")));
        assertTrue(new Geldigheid(d("2025-01-01"), d("2025-01-01")).omvat(d("2025-01-01")), "a one-day version");
    }

    @Test
    void theVersionInForceOnThePeildatumGoverns() {
        // sources L4.10: "Which verordening version governs: normally the one in force on the date of
        // the gedraging"; sources L4.12: rules are data with valid_from/valid_to, and decisions store the version used.
        Versie oud = new Versie("2025", new Geldigheid(d("2025-01-01"), d("2026-12-31")));
        Versie nieuw = new Versie("2027", new Geldigheid(d("2027-01-01"), null));
        List<Versie> versies = List.of(nieuw, oud);
        assertEquals(Optional.of(oud), Geldigheid.geldigOp(versies, Versie::geldigheid, d("2026-12-31")));
        assertEquals(Optional.of(nieuw), Geldigheid.geldigOp(versies, Versie::geldigheid, d("2027-01-01")));
        assertEquals(Optional.empty(), Geldigheid.geldigOp(versies, Versie::geldigheid, d("2024-12-31")));
        assertEquals(Optional.empty(), Geldigheid.geldigOp(List.<Versie>of(), Versie::geldigheid, d("2026-01-01")));
    }

    @Test
    void overlappingVersionsAreADataErrorNotAGuess() {
        Versie a = new Versie("a", new Geldigheid(d("2025-01-01"), null));
        Versie b = new Versie("b", new Geldigheid(d("2026-01-01"), d("2026-06-30")));
        assertTrue(a.geldigheid().overlaptMet(b.geldigheid()));
        assertThrows(IllegalStateException.class,
                () -> Geldigheid.geldigOp(List.of(a, b), Versie::geldigheid, d("2026-03-01")));
        // Outside the overlap there is exactly one answer.
        assertEquals(Optional.of(a), Geldigheid.geldigOp(List.of(a, b), Versie::geldigheid, d("2025-06-01")));
        Geldigheid tot2025 = new Geldigheid(d("2024-01-01"), d("2024-12-31"));
        assertFalse(tot2025.overlaptMet(a.geldigheid()), "adjacent periods do not overlap");
        assertFalse(a.geldigheid().overlaptMet(tot2025));
    }

    @Test
    void theDefaultPeildatumIsTheDutchCalendarDay() {
        // docs/design-choices.md#dutch-calendar-days: date code broke across time zones. 23:30 UTC on 31 December is
        // already 1 January in Amsterdam (CET, UTC+1), so the rules of the new year apply.
        Clock utc = Clock.fixed(Instant.parse("2025-12-31T23:30:00Z"), ZoneOffset.UTC);
        assertEquals(d("2026-01-01"), NlTime.vandaag(utc));
        Clock summer = Clock.fixed(Instant.parse("2026-06-30T21:59:00Z"), ZoneOffset.UTC);
        assertEquals(d("2026-06-30"), NlTime.vandaag(summer));
        Clock summerLate = Clock.fixed(Instant.parse("2026-06-30T22:00:00Z"), ZoneOffset.UTC);
        assertEquals(d("2026-07-01"), NlTime.vandaag(summerLate));
    }
}
