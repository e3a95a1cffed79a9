package nl.trede.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Dutch working-day calendar for legal deadlines (docs/design-choices.md#dutch-calendar-days; the bug class of
 * Amsterdam/signals PR #761/#791: working-day deadlines without national holidays and across time zones).
 *
 * <p>A <em>werkdag</em> is a day that is not a Saturday, not a Sunday and not an "algemeen erkende feestdag" in the
 * sense of the Algemene termijnenwet (Atw, BWBR0002448). Source read: the Atw text in
 * {@code statengeneraal/laws-markdown} {@code wet/algemene/termijnenwet/BWBR0002448/README.md}:
 * <ul>
 *   <li>Atw art. 3 lid 1: „Algemeen erkende feestdagen in de zin van deze wet zijn: de Nieuwjaarsdag, de Christelijke
 *       tweede Paas- en Pinksterdag, de beide Kerstdagen, de Hemelvaartsdag, de dag waarop de verjaardag van de Koning
 *       wordt gevierd en de vijfde mei." 5 mei counts every year, not only in a lustrum year (whether employees get
 *       the day off is a matter for the cao, not for the Atw).</li>
 *   <li>Atw art. 3 lid 2: „Voor de toepassing van deze wet wordt de Goede Vrijdag met de in het vorige lid genoemde
 *       dagen gelijkgesteld." So for legal deadlines Goede Vrijdag is <em>not</em> a working day, although it is no
 *       feestdag in lid 1 and many employers work on it.</li>
 *   <li>Atw art. 3 lid 3: the Crown can equate further days by a besluit published in the Staatscourant (in practice
 *       e.g. the Friday after Hemelvaartsdag, decided for a few years at a time). Those days cannot be computed; pass
 *       them to {@link #Werkdagen(Collection)}. {@link #ATW} holds none.</li>
 * </ul>
 * Not in the list, so working days unless they fall in a weekend: 4 mei (Dodenherdenking), Sinterklaas, Oudejaarsdag,
 * Carnaval, Dag van de Arbeid. Eerste Paasdag and Eerste Pinksterdag are not named because they are Sundays anyway.
 *
 * <p>Koningsdag, "de dag waarop de verjaardag van de Koning wordt gevierd": 27 April (King Willem-Alexander, from
 * 2014), the day before, 26 April, when the 27th is a Sunday (koninklijkhuis.nl, "Koningsdag": „Als 27 april op een
 * zondag valt, wordt Koningsdag de dag ervoor gevierd."; so in 2014 and 2025). Years before 2014 (Koninginnedag on
 * 30 April) are not supported.
 */
public final class Werkdagen {

    /** The first year with Koningsdag on 27 April; earlier years had Koninginnedag and are rejected. */
    public static final int EERSTE_JAAR = 2014;

    /** The calendar of the Atw alone, without days equated by a besluit under art. 3 lid 3. */
    public static final Werkdagen ATW = new Werkdagen(Set.of());

    private final Set<LocalDate> gelijkgesteldeDagen;
    private final Map<Integer, Set<LocalDate>> vrijeDagenPerJaar = new ConcurrentHashMap<>();

    /**
     * @param gelijkgesteldeDagen days equated with algemeen erkende feestdagen by a besluit under Atw art. 3 lid 3
     */
    public Werkdagen(Collection<LocalDate> gelijkgesteldeDagen) {
        this.gelijkgesteldeDagen = Set.copyOf(gelijkgesteldeDagen);
    }

    /**
     * The algemeen erkende feestdagen of Atw art. 3 lid 1 plus Goede Vrijdag (art. 3 lid 2) in {@code jaar}, including
     * those that fall in a weekend.
     *
     * @throws IllegalArgumentException for years before {@value #EERSTE_JAAR}
     */
    public static Set<LocalDate> feestdagen(int jaar) {
        if (jaar < EERSTE_JAAR) {
            throw new IllegalArgumentException("years before " + EERSTE_JAAR + " are not supported: " + jaar);
        }
        LocalDate pasen = eerstePaasdag(jaar);
        return Set.of(
                LocalDate.of(jaar, Month.JANUARY, 1),   // Nieuwjaarsdag
                pasen.minusDays(2),                     // Goede Vrijdag (gelijkgesteld, art. 3 lid 2)
                pasen.plusDays(1),                      // Tweede Paasdag
                koningsdag(jaar),
                LocalDate.of(jaar, Month.MAY, 5),       // de vijfde mei
                pasen.plusDays(39),                     // Hemelvaartsdag (Thursday)
                pasen.plusDays(50),                     // Tweede Pinksterdag (Monday)
                LocalDate.of(jaar, Month.DECEMBER, 25), // Eerste Kerstdag
                LocalDate.of(jaar, Month.DECEMBER, 26));// Tweede Kerstdag
    }

    /**
     * Easter Sunday by the Gregorian computus (the anonymous algorithm in Meeus, "Astronomical Algorithms", after
     * Butcher, 1876). Valid for every Gregorian year; Easter falls between 22 March and 25 April.
     */
    public static LocalDate eerstePaasdag(int jaar) {
        int a = jaar % 19;
        int b = jaar / 100;
        int c = jaar % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int maand = (h + l - 7 * m + 114) / 31;
        int dag = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(jaar, maand, dag);
    }

    /** 27 April, or 26 April when the 27th is a Sunday. */
    public static LocalDate koningsdag(int jaar) {
        LocalDate verjaardag = LocalDate.of(jaar, Month.APRIL, 27);
        return verjaardag.getDayOfWeek() == DayOfWeek.SUNDAY ? verjaardag.minusDays(1) : verjaardag;
    }

    /** True when {@code datum} is not a Saturday, Sunday, feestdag (incl. Goede Vrijdag) or gelijkgestelde dag. */
    public boolean isWerkdag(LocalDate datum) {
        DayOfWeek dag = datum.getDayOfWeek();
        return dag != DayOfWeek.SATURDAY && dag != DayOfWeek.SUNDAY
                && !vrijeDagen(datum.getYear()).contains(datum);
    }

    /**
     * The {@code n}-th working day after {@code start} ("binnen n werkdagen"): the start day itself never counts, so
     * Friday + 1 is Monday and Saturday + 1 is Monday too. Convention for {@code n == 0}: {@code start} itself when it
     * is a working day, else the next working day (the same as {@link #volgendeWerkdagVanaf}).
     *
     * @throws IllegalArgumentException when {@code n < 0}
     */
    public LocalDate plusWerkdagen(LocalDate start, int n) {
        requireNietNegatief(n);
        if (n == 0) {
            return volgendeWerkdagVanaf(start);
        }
        LocalDate datum = start;
        for (int geteld = 0; geteld < n; geteld++) {
            datum = volgendeWerkdagVanaf(datum.plusDays(1));
        }
        return datum;
    }

    /**
     * The {@code n}-th working day before {@code start} ("n werkdagen voor het gesprek"), mirroring
     * {@link #plusWerkdagen}: for {@code n == 0}, {@code start} itself when it is a working day, else the previous one.
     *
     * @throws IllegalArgumentException when {@code n < 0}
     */
    public LocalDate minusWerkdagen(LocalDate start, int n) {
        requireNietNegatief(n);
        LocalDate datum = vorigeWerkdagTotEnMet(start);
        for (int geteld = 0; geteld < n; geteld++) {
            datum = vorigeWerkdagTotEnMet(datum.minusDays(1));
        }
        return datum;
    }

    /** {@code datum} itself when it is a working day, else the first working day after it. */
    public LocalDate volgendeWerkdagVanaf(LocalDate datum) {
        LocalDate kandidaat = datum;
        while (!isWerkdag(kandidaat)) {
            kandidaat = kandidaat.plusDays(1);
        }
        return kandidaat;
    }

    /**
     * The real last day of a statutory term whose computed last day is {@code laatsteDag}. Atw art. 1 lid 1: „Een in
     * een wet gestelde termijn die op een zaterdag, zondag of algemeen erkende feestdag eindigt, wordt verlengd tot en
     * met de eerstvolgende dag die niet een zaterdag, zondag of algemeen erkende feestdag is." Not for terms counted
     * backwards (art. 1 lid 2) nor, per art. 4 onder a, for terms in hours or of more than 12 weeks, 90 days or
     * 3 months; the caller decides whether the Atw applies. Atw art. 2 (a term of at least three days contains at
     * least two working days) is not applied here: the intake terms that use this method are four weeks or longer.
     */
    public LocalDate termijnEinde(LocalDate laatsteDag) {
        return volgendeWerkdagVanaf(laatsteDag);
    }

    /**
     * The number of working days {@code d} with {@code from <= d < toExclusive}; negative when {@code toExclusive}
     * lies before {@code from} (as {@link java.time.temporal.ChronoUnit#between} does).
     */
    public long werkdagenTussen(LocalDate from, LocalDate toExclusive) {
        if (toExclusive.isBefore(from)) {
            return -werkdagenTussen(toExclusive, from);
        }
        return from.datesUntil(toExclusive).filter(this::isWerkdag).count();
    }

    private LocalDate vorigeWerkdagTotEnMet(LocalDate datum) {
        LocalDate kandidaat = datum;
        while (!isWerkdag(kandidaat)) {
            kandidaat = kandidaat.minusDays(1);
        }
        return kandidaat;
    }

    private Set<LocalDate> vrijeDagen(int jaar) {
        return vrijeDagenPerJaar.computeIfAbsent(jaar, this::berekenVrijeDagen);
    }

    private Set<LocalDate> berekenVrijeDagen(int jaar) {
        Set<LocalDate> dagen = new HashSet<>(feestdagen(jaar));
        gelijkgesteldeDagen.stream().filter(d -> d.getYear() == jaar).forEach(dagen::add);
        return Set.copyOf(dagen);
    }

    private static void requireNietNegatief(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0: " + n);
        }
    }
}
