package nl.trede.enforcement.domain;

import java.time.LocalDate;
import nl.trede.platform.time.Werkdagen;

/**
 * The hersteltermijn letter of the maatregel procedure (sources D4.4 G5 Stap 2 and D4.6: „minimaal 5
 * werkdagen tussen datum verzending en datum gesprek, brief moet aangetekend en regulier worden verzonden dus 2x").
 * Working days per the Algemene termijnenwet ({@link Werkdagen}): no weekends, no feestdagen, Goede Vrijdag excluded.
 * "Tussen" is read strictly: neither the sending day nor the day of the conversation counts [ASSUMPTION: the reading
 * that never shortens the klant's time].
 */
public final class Hersteltermijn {

    /** Working days that must lie between sending and the conversation. */
    public static final int MINIMUM_WERKDAGEN = 5;

    private Hersteltermijn() {
    }

    /** The number of working days strictly between the two dates. */
    public static long werkdagenTussen(Werkdagen werkdagen, LocalDate verzonden, LocalDate gesprek) {
        return werkdagen.werkdagenTussen(verzonden.plusDays(1), gesprek);
    }

    public static boolean voldoende(Werkdagen werkdagen, LocalDate verzonden, LocalDate gesprek) {
        return werkdagenTussen(werkdagen, verzonden, gesprek) >= MINIMUM_WERKDAGEN;
    }

    /** The earliest conversation date for a letter sent on {@code verzonden}: the sixth working day after it. */
    public static LocalDate vroegsteGesprek(Werkdagen werkdagen, LocalDate verzonden) {
        return werkdagen.plusWerkdagen(verzonden, MINIMUM_WERKDAGEN + 1);
    }
}
