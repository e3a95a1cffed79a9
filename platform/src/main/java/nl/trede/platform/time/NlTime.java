package nl.trede.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Legal dates are Dutch calendar days, whatever the server's time zone (docs/design-choices.md#dutch-calendar-days:
 * working-day deadlines broke across time zones in Amsterdam/signals PR #791).
 */
public final class NlTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private NlTime() {
    }

    /** Today in the Netherlands. */
    public static LocalDate vandaag(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The Dutch calendar day of an instant (23:30 UTC in winter is the next day in Amsterdam). */
    public static LocalDate datum(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
