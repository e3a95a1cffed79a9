package nl.trede.enforcement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.api.Coded;

/**
 * What a GWS-like benefit system must do, from which date, for one uitkeringsmutatie: one unambiguous instruction per
 * period, whatever the kind of maatregel (a recurring percentage, a one-off amount, a blokkering, or the end of an
 * earlier instruction). Derived from the mutatie as stored, so every mutatie in the feed carries it, old ones too.
 *
 * @param actie       what to do
 * @param maatregelId the maatregel the instruction belongs to (for {@link Actie#BEEINDIGEN} and
 *                    {@link Actie#INTREKKEN}: the earlier maatregel whose instructions change)
 * @param vanaf       the first day it applies
 * @param totEnMet    the last day it applies (inclusive); null: until a later mutatie of this maatregel says otherwise
 * @param percentage  {@link Actie#VERLAGEN}: the percentage of the norm per month; else null
 * @param bedrag      {@link Actie#VERLAGEN}: the amount per month when the norm was known; {@link Actie#VERREKENEN}:
 *                    the one-off amount; else null
 */
public record GwsOpdracht(Actie actie, UUID maatregelId, LocalDate vanaf, LocalDate totEnMet, Integer percentage,
                          BigDecimal bedrag) {

    public enum Actie implements Coded {
        /** Lower the benefit by {@code percentage} of the norm in every month from vanaf to totEnMet. */
        VERLAGEN("verlagen"),
        /** Set off {@code bedrag} once, against the benefit of the month of vanaf (vanaf..totEnMet is that month). */
        VERREKENEN("eenmalig-verrekenen"),
        /** Stop paying from vanaf until a later mutatie lifts it (the rechtmatigheidsonderzoek decides). */
        BLOKKEREN("blokkeren"),
        /** Pay again from vanaf: the blokkering of maatregelId is lifted. */
        DEBLOKKEREN("deblokkeren"),
        /** Stop the uitkering from vanaf (Zorg, after a blokkering and an unanswered hersteltermijn). */
        STOPZETTEN("stopzetten"),
        /** The earlier instructions of maatregelId no longer apply from vanaf (they end the day before). */
        BEEINDIGEN("beeindigen"),
        /** The earlier instructions of maatregelId do not apply at all (they had not started). */
        INTREKKEN("intrekken");

        private final String code;

        Actie(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /**
     * The instructions of a stored mutatie ({@code soort} and its fields as written by the service: dates as ISO
     * strings, amounts as numbers, {@code perioden} as a list of {@code start}/{@code eind}/{@code percentage}/
     * {@code bedragPerMaand}).
     */
    public static List<GwsOpdracht> van(Map<String, Object> mutatie) {
        String soort = String.valueOf(mutatie.get("soort"));
        UUID maatregel = uuid(mutatie.get("maatregelId"));
        List<GwsOpdracht> opdrachten = new ArrayList<>();
        switch (soort) {
            case "verlaging" -> {
                // A period counted from an earlier date (the taaleis runs from the vaststelling, Pw art. 18b) applies
                // from the besluit on: the instruction says so, and a period that ended before it is no instruction.
                LocalDate besluit = datum(mutatie.get("besluitdatum"));
                for (Map<?, ?> p : perioden(mutatie)) {
                    Object pct = p.get("percentage");
                    LocalDate start = datum(p.get("start"));
                    LocalDate eind = datum(p.get("eind"));
                    if (besluit != null && eind != null && eind.isBefore(besluit)) {
                        continue;
                    }
                    opdrachten.add(new GwsOpdracht(Actie.VERLAGEN, maatregel,
                            besluit != null && start.isBefore(besluit) ? besluit : start, eind,
                            pct == null ? null : ((Number) pct).intValue(), bedrag(p.get("bedragPerMaand"))));
                }
            }
            case "eenmalige-verlaging" -> {
                for (Map<?, ?> p : perioden(mutatie)) {
                    opdrachten.add(new GwsOpdracht(Actie.VERREKENEN, maatregel, datum(p.get("start")),
                            datum(p.get("eind")), null, bedrag(mutatie.get("bedragEenmalig"))));
                }
            }
            case "blokkering" -> opdrachten.add(new GwsOpdracht(Actie.BLOKKEREN, maatregel,
                    datum(mutatie.get("geblokkeerdPer")), null, null, null));
            case "deblokkering" -> opdrachten.add(new GwsOpdracht(Actie.DEBLOKKEREN, maatregel,
                    datum(mutatie.get("gedeblokkeerdPer")), null, null, null));
            case "stopzetting" -> opdrachten.add(new GwsOpdracht(Actie.STOPZETTEN, maatregel,
                    datum(mutatie.get("stopgezetPer")), null, null, null));
            case "herziening" -> opdrachten.add(new GwsOpdracht(Actie.BEEINDIGEN, maatregel,
                    datum(mutatie.get("herzienPer")), null, null, null));
            case "vervallen" -> opdrachten.add(new GwsOpdracht(Actie.INTREKKEN, maatregel, null, null, null, null));
            default -> throw new IllegalArgumentException("soort: unknown mutatie soort " + soort);
        }
        return List.copyOf(opdrachten);
    }

    private static List<Map<?, ?>> perioden(Map<String, Object> mutatie) {
        Object p = mutatie.get("perioden");
        List<Map<?, ?>> lijst = new ArrayList<>();
        if (p instanceof List<?> l) {
            for (Object o : l) {
                lijst.add((Map<?, ?>) o);
            }
        }
        return lijst;
    }

    private static UUID uuid(Object o) {
        return o == null ? null : UUID.fromString(o.toString());
    }

    private static LocalDate datum(Object o) {
        return o == null ? null : LocalDate.parse(o.toString());
    }

    private static BigDecimal bedrag(Object o) {
        return o == null ? null : new BigDecimal(o.toString());
    }
}
