package nl.trede.enforcement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Samenloop computed from the klant's history, not from a clerk's link: several gedragingen of one klant in one
 * period give <b>one</b> verlaging, the highest (Deventer Productenboek ch. 8 "Samenloop": "wordt één verlaging
 * opgelegd … uitgegaan van de gedraging waarop de hoogste verlaging is gesteld"; the same rule in the VNG model
 * afstemmingsverordening and Rotterdam's Verordening maatregelen). Plain Java, so the rule is unit tested without
 * Quarkus ({@code SamenloopTest}, {@code VolgordeEigenschapTest}).
 *
 * <p>When a verlaging is imposed, it is compared with the klant's verlagingen in force that it <em>runs together
 * with</em>:
 * <ul>
 *   <li><b>gelijktijdig</b> (concurrent): the other besluit was not yet taken on the day of this gedraging, or the
 *       other gedraging happened after it — no besluit lies between the two gedragingen, so neither is recidive of
 *       the other (Pw art. 18 lid 6 "nadat … toepassing heeft gevonden"): they belong to one period;</li>
 *   <li><b>overlappend</b>: their months overlap — a month never carries more than one verlaging, the highest.</li>
 * </ul>
 * Of those, the highest stays: weight = percentage × months of the norm (a fixed amount as amount ÷ norm × 100);
 * on a tie the earlier gedraging, then the lower maatregel id (so the result does not depend on which was decided
 * first). If the new one is the highest, the others end the day before it starts (one that had not started yet
 * lapses entirely: {@link Uitkomst#beeindigd()}); otherwise the new one is taken up in the highest
 * ({@link Uitkomst#opgenomenIn()}) and has no verlaging of its own. A verlaging that already ran is not undone.
 * Open-ended verlagingen (taaleis, Pw art. 18b, its own statutory regime) take no part.
 */
public final class Samenloop {

    private Samenloop() {
    }

    /**
     * A verlaging of the klant as imposed (or about to be).
     *
     * @param ingangsdatum first day; {@code einddatum} the last (inclusive); before the ingangsdatum: lapsed
     * @param zwaarte      the weight ({@link #zwaarte(int, Integer, BigDecimal, BigDecimal)})
     */
    public record Verlaging(UUID maatregelId, LocalDate gedragingsdatum, LocalDate besluitdatum,
                            LocalDate ingangsdatum, LocalDate einddatum, BigDecimal zwaarte) {
        public Verlaging {
            Objects.requireNonNull(maatregelId, "maatregelId");
            Objects.requireNonNull(gedragingsdatum, "gedragingsdatum");
            Objects.requireNonNull(besluitdatum, "besluitdatum");
            Objects.requireNonNull(ingangsdatum, "ingangsdatum");
            Objects.requireNonNull(einddatum, "einddatum");
            Objects.requireNonNull(zwaarte, "zwaarte");
        }

        /** Whether any day of it applies (a lapsed or wholly ended verlaging has none). */
        public boolean inWerking() {
            return !einddatum.isBefore(ingangsdatum);
        }

        boolean overlaptMet(Verlaging o) {
            return inWerking() && o.inWerking() && !ingangsdatum.isAfter(o.einddatum)
                    && !o.ingangsdatum.isAfter(einddatum);
        }
    }

    /**
     * @param opgenomenIn the maatregel whose verlaging covers the new one (no verlaging of its own), or null
     * @param beeindigd   verlagingen in force that end the day before the new one starts (it is the highest)
     */
    public record Uitkomst(UUID opgenomenIn, List<UUID> beeindigd) {
    }

    /**
     * Whether two gedragingen belong to one period: no besluit on the one was taken on or before the date of the
     * other. {@code eerder} is a decided gedraging, {@code gedragingsdatum} the date of the other one.
     */
    public static boolean gelijktijdig(Verlaging eerder, LocalDate gedragingsdatum) {
        return eerder.besluitdatum().isAfter(gedragingsdatum);
    }

    /** The samenloop of {@code nieuw} with the klant's verlagingen {@code bestaand} (others than nieuw). */
    public static Uitkomst bepaal(Verlaging nieuw, List<Verlaging> bestaand) {
        List<Verlaging> samen = new ArrayList<>();
        for (Verlaging b : bestaand) {
            if (b.maatregelId().equals(nieuw.maatregelId()) || !b.inWerking()) {
                continue;
            }
            if (gelijktijdig(b, nieuw.gedragingsdatum()) || b.overlaptMet(nieuw)) {
                samen.add(b);
            }
        }
        Verlaging hoogste = samen.stream().max(RANG).filter(b -> RANG.compare(b, nieuw) > 0).orElse(null);
        if (hoogste != null) {
            return new Uitkomst(hoogste.maatregelId(), List.of());
        }
        return new Uitkomst(null, samen.stream().filter(b -> !b.einddatum().isBefore(nieuw.ingangsdatum()))
                .map(Verlaging::maatregelId).toList());
    }

    /** Higher weight first; on a tie the earlier gedraging, then the lower maatregel id, ranks higher. */
    static final Comparator<Verlaging> RANG = Comparator.comparing(Verlaging::zwaarte)
            .thenComparing(Verlaging::gedragingsdatum, Comparator.reverseOrder())
            .thenComparing(Verlaging::maatregelId, Comparator.reverseOrder());

    /**
     * The weight of a verlaging: percentage × months of the norm; a fixed amount as amount ÷ norm × 100 when the
     * norm is known, else 0 (below any percentage) [ASSUMPTION: € 50 is below any percentage of a norm].
     */
    public static BigDecimal zwaarte(int percentage, Integer duurMaanden, BigDecimal bedragEenmalig, BigDecimal norm) {
        if (bedragEenmalig != null) {
            if (norm == null || norm.signum() == 0) {
                return BigDecimal.ZERO;
            }
            return bedragEenmalig.multiply(BigDecimal.valueOf(100)).divide(norm, 6, RoundingMode.HALF_UP);
        }
        int maanden = duurMaanden == null ? 1 : duurMaanden;
        return BigDecimal.valueOf((long) percentage * maanden).setScale(6, RoundingMode.UNNECESSARY);
    }
}
