package nl.trede.intake.domain;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.trede.platform.problem.InvalidParam;
import nl.trede.platform.time.NlTime;

/** Intake rules as plain Java (unit-tested without Quarkus). */
public final class MeldingRegels {

    /** Oldest plausible age of a living applicant. */
    public static final int MAX_AGE_YEARS = 120;

    /**
     * How far back the day a melding was received ({@code ontvangenOp}) may lie when it is registered later: 3 months.
     * A letter or a partner's signal received on a Friday and registered on the Monday keeps the Friday as its
     * meldingsdatum (Pw art. 44 lid 1–2: bijstand not before the day of melding; Awb 4:13: the beslistermijn runs from
     * receipt). Registration normally follows within days; the limit matches the furthest the law itself looks back
     * from a melding (Pw art. 44 lid 5, from 2026-01-01: bijstand up to 3 months before the melding), so a date
     * further back is a typing error, not a late registration.
     */
    public static final java.time.Period MAX_ONTVANGEN_TERUG = java.time.Period.ofMonths(3);

    private MeldingRegels() {
    }

    /** The melding date is the day it was received, in Europe/Amsterdam (a melding at 23:30 UTC in summer is the next day). */
    public static LocalDate meldingDatum(ZonedDateTime receivedAt) {
        return receivedAt.withZoneSameInstant(NlTime.ZONE).toLocalDate();
    }

    /**
     * The meldingsdatum: the day the melding was received as stated ({@code ontvangenOp}), or today (Europe/Amsterdam)
     * when none is given.
     */
    public static LocalDate meldingDatum(LocalDate ontvangenOp, ZonedDateTime now) {
        return ontvangenOp != null ? ontvangenOp : meldingDatum(now);
    }

    /**
     * Empty when {@code ontvangenOp} is acceptable; otherwise the reason: not after today (a melding cannot be
     * received in the future) and not more than {@link #MAX_ONTVANGEN_TERUG} before today.
     */
    public static Optional<String> toetsOntvangenOp(LocalDate ontvangenOp, LocalDate today) {
        if (ontvangenOp.isAfter(today)) {
            return Optional.of("must not be in the future (today is " + today + ")");
        }
        LocalDate grens = today.minus(MAX_ONTVANGEN_TERUG);
        if (ontvangenOp.isBefore(grens)) {
            return Optional.of("must not be more than 3 months ago (" + grens + " at the earliest)");
        }
        return Optional.empty();
    }

    /** Empty when plausible; otherwise the reason. The birth date must lie in the past and within 120 years. */
    public static Optional<String> toetsGeboortedatum(LocalDate geboortedatum, LocalDate today) {
        if (!geboortedatum.isBefore(today)) {
            return Optional.of("must be in the past");
        }
        if (geboortedatum.isBefore(today.minusYears(MAX_AGE_YEARS))) {
            return Optional.of("is not plausible (more than " + MAX_AGE_YEARS + " years ago)");
        }
        return Optional.empty();
    }

    /**
     * The fields each kind of melding needs (README "Fields per kind"), all reported together: an aanvraag
     * needs its kanaal (the call-back rule depends on it, PB §2.2.1); a signaal-ketenpartner its melder, and a
     * school's signal the expected leaving date (VSO/PrO leavers); a verzoek-ondersteuning its income
     * unless the person is in the doelgroepregister. Fields of another kind are rejected, not silently stored.
     */
    public static List<InvalidParam> veldenPerSoort(NieuweMelding r) {
        List<InvalidParam> invalid = new ArrayList<>();
        MeldingType type = r.type();
        if (type == MeldingType.AANVRAAG_LEVENSONDERHOUD && r.kanaal() == null) {
            invalid.add(new InvalidParam("kanaal", "is required for aanvraag-levensonderhoud: digitaal, telefonisch "
                    + "or fysiek"));
        }
        if (type == MeldingType.SIGNAAL_KETENPARTNER) {
            if (r.melder() == null) {
                invalid.add(new InvalidParam("melder", "is required for signaal-ketenpartner"));
            } else if (MelderSoort.SCHOLEN.contains(r.melder().soort()) && r.verwachteUitstroomdatum() == null) {
                invalid.add(new InvalidParam("verwachteUitstroomdatum", "is required when a VSO or PrO school "
                        + "signals an expected leaver"));
            }
        } else {
            if (r.melder() != null) {
                invalid.add(new InvalidParam("melder", "is only for signaal-ketenpartner"));
            }
            if (r.verwachteUitstroomdatum() != null) {
                invalid.add(new InvalidParam("verwachteUitstroomdatum", "is only for signaal-ketenpartner"));
            }
        }
        if (type == MeldingType.VERZOEK_ONDERSTEUNING) {
            if (r.inkomenPerMaand() == null && !Boolean.TRUE.equals(r.inDoelgroepregister())) {
                invalid.add(new InvalidParam("inkomenPerMaand", "is required for verzoek-ondersteuning unless "
                        + "inDoelgroepregister is true"));
            }
        } else if (r.inkomenPerMaand() != null) {
            invalid.add(new InvalidParam("inkomenPerMaand", "is only for verzoek-ondersteuning"));
        }
        return invalid;
    }

    /** The school-leaver signal of a melding with an expected leaving date (the gap before the 18th birthday). */
    public static Optional<IntakeTermijnen.SchoolverlaterSignaal> schoolverlater(Melding melding) {
        return melding.verwachteUitstroomdatum == null ? Optional.empty()
                : Optional.of(IntakeTermijnen.schoolverlaterSignaal(melding.persoon.geboortedatum,
                        melding.verwachteUitstroomdatum));
    }
}
