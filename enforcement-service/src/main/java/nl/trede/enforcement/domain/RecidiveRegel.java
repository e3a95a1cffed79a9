package nl.trede.enforcement.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.trede.platform.api.Coded;

/**
 * What a rule set counts as recidive, as data of the regelset (the term itself is per category:
 * {@link Sanctieregel#recidiveTermijnMaanden()}).
 *
 * <p>The default follows the statute: Pw art. 18 lid 6-8 count a new breach "binnen twaalf maanden nadat het vijfde
 * lid [zesde, zevende lid] toepassing heeft gevonden" — only an <em>imposed</em> verlaging ("toepassing"), counted
 * from its besluit, and only a gedraging that happened after that besluit was taken. Rotterdam's Verordening
 * maatregelen Participatiewet (art. 11, https://lokaleregelgeving.overheid.nl/CVDR348678) words recidive the same way
 * for its own categories. A verordening may count differently (a waarschuwing as the first step; the term from the
 * earlier gedraging); a municipality then says so in its regelset.
 *
 * @param telt  what counts as an earlier breach
 * @param vanaf the day the term starts
 */
public record RecidiveRegel(Telt telt, Vanaf vanaf) {

    /** Pw art. 18 lid 6-8: an imposed maatregel, counted from its besluit. */
    public static final RecidiveRegel STANDAARD = new RecidiveRegel(Telt.OPGELEGD, Vanaf.BESLUITDATUM);

    public RecidiveRegel {
        Objects.requireNonNull(telt, "telt");
        Objects.requireNonNull(vanaf, "vanaf");
    }

    public enum Telt implements Coded {
        /** Only an imposed maatregel (Pw art. 18 lid 6 "toepassing heeft gevonden"; Rotterdam art. 11). */
        OPGELEGD("opgelegd"),
        /** An imposed maatregel or a waarschuwing; the waarschuwing then stands for step 1. */
        OPGELEGD_OF_WAARSCHUWING("opgelegd-of-waarschuwing");

        private final String code;

        Telt(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        public static Optional<Telt> van(String code) {
            for (Telt t : values()) {
                if (t.code.equals(code)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    public enum Vanaf implements Coded {
        /**
         * From the besluit of the earlier maatregel; a gedraging counts only when that besluit was taken on or before
         * its date (Pw art. 18 lid 6 "nadat … toepassing heeft gevonden").
         */
        BESLUITDATUM("besluitdatum"),
        /**
         * From the date of the earlier gedraging; a later gedraging counts once the earlier one is decided, whatever
         * the order of the besluiten (a verordening that counts "de tweede keer" a gedraging happens).
         */
        GEDRAGINGSDATUM("gedragingsdatum");

        private final String code;

        Vanaf(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }

        public static Optional<Vanaf> van(String code) {
            for (Vanaf v : values()) {
                if (v.code.equals(code)) {
                    return Optional.of(v);
                }
            }
            return Optional.empty();
        }
    }

    /** Whether {@code eerder} counts as an earlier breach at all (before the term is looked at). */
    public boolean telt(MaatregelBerekening.Voorgaand eerder) {
        return !eerder.waarschuwing() || telt == Telt.OPGELEGD_OF_WAARSCHUWING;
    }

    /** The first day of the term that {@code eerder} opens. */
    public LocalDate begin(MaatregelBerekening.Voorgaand eerder) {
        return vanaf == Vanaf.GEDRAGINGSDATUM && eerder.gedragingsdatum() != null ? eerder.gedragingsdatum()
                : eerder.besluitdatum();
    }

    /**
     * Whether a gedraging on {@code gedraging} lies within the term of {@code termijnMaanden} that {@code eerder}
     * opens. From the besluit: on or after the besluitdatum up to and including besluit + term (the besluit day
     * counts: the besluit was taken when the gedraging happened that day). From the gedraging: strictly after the
     * earlier gedraging (one on the same day is the same occasion, samenloop) up to and including its date + term.
     */
    public boolean binnenTermijn(MaatregelBerekening.Voorgaand eerder, int termijnMaanden, LocalDate gedraging) {
        LocalDate begin = begin(eerder);
        if (vanaf == Vanaf.GEDRAGINGSDATUM && eerder.gedragingsdatum() != null) {
            return gedraging.isAfter(begin) && !gedraging.isAfter(begin.plusMonths(termijnMaanden));
        }
        return MaatregelBerekening.binnenRecidivetermijn(begin, termijnMaanden, gedraging);
    }
}
