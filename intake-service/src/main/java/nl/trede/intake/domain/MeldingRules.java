package nl.trede.intake.domain;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.trede.intake.api.MeldingRequest;
import nl.trede.platform.problem.InvalidParam;
import nl.trede.platform.time.NlTime;

/** Intake rules as plain Java (unit-tested without Quarkus). */
public final class MeldingRules {

    /** Oldest plausible age of a living applicant. */
    public static final int MAX_AGE_YEARS = 120;

    private MeldingRules() {
    }

    /** The melding date is the day it was received, in Europe/Amsterdam (a melding at 23:30 UTC in summer is the next day). */
    public static LocalDate meldingDatum(ZonedDateTime receivedAt) {
        return receivedAt.withZoneSameInstant(NlTime.ZONE).toLocalDate();
    }

    /** Empty when plausible; otherwise the reason. The birth date must lie in the past and within 120 years. */
    public static Optional<String> checkGeboortedatum(LocalDate geboortedatum, LocalDate today) {
        if (!geboortedatum.isBefore(today)) {
            return Optional.of("must be in the past");
        }
        if (geboortedatum.isBefore(today.minusYears(MAX_AGE_YEARS))) {
            return Optional.of("is not plausible (more than " + MAX_AGE_YEARS + " years ago)");
        }
        return Optional.empty();
    }

    /**
     * The fields each kind of melding needs (issue 3 "required fields per kind"), all reported together: an aanvraag
     * needs its kanaal (the call-back rule depends on it, PB §2.2.1); a signaal-ketenpartner its melder, and a
     * school's signal the expected leaving date (seed-000-002: VSO/PrO leavers); a verzoek-ondersteuning its income
     * unless the person is in the doelgroepregister. Fields of another kind are rejected, not silently stored.
     */
    public static List<InvalidParam> veldenPerSoort(MeldingRequest r) {
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
