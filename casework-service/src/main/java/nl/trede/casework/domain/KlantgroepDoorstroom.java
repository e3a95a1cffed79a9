package nl.trede.casework.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The allowed klantgroep transitions with their criteria (sources D2.4, a [FACT] table; the state machine
 * is [DERIVED] there). Deventer's codes (Re-integratieverordening 2021 art. 1 b–e). Plain Java.
 */
public final class KlantgroepDoorstroom {

    /** One allowed criterion of one transition, with its source. */
    public record Criterium(String code, String omschrijving, String bron) {
    }

    private record Overgang(String van, String naar) {
    }

    /** Matchen's first evaluation: placed within six months, or on to Groeien (PB §2.2.4, §3.2). */
    public static final int MATCHEN_MAANDEN = 6;
    /** "Er kan gekozen worden voor een verlenging van drie maanden" (PB §3.2). */
    public static final int MATCHEN_VERLENGING_MAANDEN = 3;

    private static final Map<Overgang, List<Criterium>> OVERGANGEN = Map.of(
            new Overgang("matchen", "groeien"), List.of(
                    new Criterium("zes-maanden-niet-geplaatst", "After 6 months (9 with the extension) not placed",
                            "PB §2.2.4, §3.2"),
                    new Criterium("deeltijd-niet-uitkeringsonafhankelijk", "After 6 months part-time work, not "
                            + "benefit-independent in the short term", "PB §2.2.4"),
                    new Criterium("extra-instrumenten-nodig", "The klant needs extra instruments or time",
                            "PB §3.2")),
            new Overgang("groeien", "faciliteren"), List.of(
                    new Criterium("werk-later-dan-drie-jaar", "Obstacles arose or worsened: work takes longer than "
                            + "3 years", "PB §2.2.4"),
                    new Criterium("doelen-niet-bereikt-door-onvermogen", "Plan goals not reached through inability, "
                            + "no labour-market potential", "PB §2.2.4"),
                    new Criterium("participatie-hoogst-haalbaar", "(Ex-)youth: participation proves the highest "
                            + "achievable", "PB §2.2.4")),
            new Overgang("faciliteren", "groeien"), List.of(
                    new Criterium("twintig-uur-vrijwilligerswerk", "At least 20 hours volunteering a week, no major "
                            + "problems on the 7 life domains", "PB §5.3"),
                    new Criterium("twintig-uur-betaald-werk", "Found paid work of at least 20 hours a week",
                            "PB §5.3"),
                    new Criterium("tien-uur-betaald-werk-zes-maanden", "Paid work of at least 10 hours a week for "
                            + "6 months", "PB §5.3"),
                    new Criterium("binnen-drie-jaar-werk", "At the annual meeting: can work within 3 years",
                            "PB §2.2.4")),
            new Overgang("faciliteren", "zorg"), List.of(
                    new Criterium("minimaal-een-jaar-niet-participeren", "Obstacles increased: cannot participate "
                            + "for at least a year", "PB §2.2.4"),
                    new Criterium("motivatie-structureel-gedaald", "Motivation structurally decreased",
                            "PB §2.2.4")),
            new Overgang("zorg", "faciliteren"), List.of(
                    new Criterium("start-vrijwilligerswerk", "The klant starts volunteering", "PB §6.3"),
                    new Criterium("wil-vrijwilligerswerk", "The klant wants to volunteer", "PB §6.3"),
                    new Criterium("werk-onder-bijstandsnorm", "Found work with income below the bijstandsnorm",
                            "PB §6.3"),
                    new Criterium("leefgebieden-verbeterd", "Life domains improved and motivated", "PB §2.2.4")));

    private KlantgroepDoorstroom() {
    }

    /** The criteria of van → naar; empty when the transition is not allowed. */
    public static List<Criterium> criteria(String van, String naar) {
        return OVERGANGEN.getOrDefault(new Overgang(van, naar), List.of());
    }

    /**
     * Why van → naar with {@code criterium} is refused on {@code vandaag}, or empty. Groeien → Matchen is no
     * transition: the klant stays in Groeien with the same consultant and uses Matchen's services (PB §2.2.4, §4.3.3).
     */
    public static Optional<String> geweigerd(String van, String naar, String criterium, LocalDate sinds,
                                             LocalDate verlengdTot, LocalDate vandaag) {
        if ("groeien".equals(van) && "matchen".equals(naar)) {
            return Optional.of("Groeien → Matchen is not a transition: the klant stays in Groeien with the same "
                    + "consultant and uses Matchen's services (PB §2.2.4, §4.3.3; POST .../matchen-diensten)");
        }
        List<Criterium> criteria = criteria(van, naar);
        if (criteria.isEmpty()) {
            return Optional.of("no transition " + van + " → " + naar + " (sources D2.4)");
        }
        if (criteria.stream().noneMatch(c -> c.code().equals(criterium))) {
            return Optional.of("criterium for " + van + " → " + naar + " must be one of: " + String.join(", ",
                    criteria.stream().map(Criterium::code).toList()));
        }
        if ("zes-maanden-niet-geplaatst".equals(criterium)) {
            LocalDate evaluatie = sinds.plusMonths(MATCHEN_MAANDEN);
            LocalDate vanaf = verlengdTot != null && verlengdTot.isAfter(evaluatie) ? verlengdTot : evaluatie;
            if (vandaag.isBefore(vanaf)) {
                return Optional.of("zes-maanden-niet-geplaatst applies from " + vanaf + " (in Matchen since "
                        + sinds + (verlengdTot == null ? "" : ", extended until " + verlengdTot) + ")");
            }
        }
        return Optional.empty();
    }

    /**
     * The evaluation moment after entering a klantgroep: Matchen after 6 months, Faciliteren yearly (sources D2.4; PB
     * §5.3).
     */
    public static Optional<LocalDate> evaluatie(String klantgroep, LocalDate sinds) {
        return switch (klantgroep == null ? "" : klantgroep) {
            case "matchen" -> Optional.of(sinds.plusMonths(MATCHEN_MAANDEN));
            case "faciliteren" -> Optional.of(sinds.plusYears(1));
            default -> Optional.empty();
        };
    }
}
