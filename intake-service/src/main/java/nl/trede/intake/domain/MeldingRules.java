package nl.trede.intake.domain;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
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
}
