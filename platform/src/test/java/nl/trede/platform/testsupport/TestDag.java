package nl.trede.platform.testsupport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import nl.trede.platform.time.NlTime;

/**
 * The day the tests run "on": every service's {@link TestClock} starts there, and tests that need "today" for a
 * request or an expectation take it from here or from the injected clock, never from the machine.
 *
 * <p>Set it with the system property {@value #PROPERTY} or the environment variable {@value #ENV}: a date
 * ({@code 2026-12-24}, the clock starts at {@value #STANDAARD_TIJD_TEKST} Dutch time) or a local date-time
 * ({@code 2026-10-25T00:30}, to start in a particular hour, e.g. the night daylight saving time ends). Unset, it is
 * the machine's current Dutch date at {@value #STANDAARD_TIJD_TEKST}: the only place a test reads the machine clock,
 * so that the suite keeps meeting new days. The clock then ticks with real elapsed time from that start, so a run
 * never crosses midnight and timestamps keep their order.
 */
public final class TestDag {

    public static final String PROPERTY = "trede.test.today";

    /**
     * The JUnit tag of the test classes whose outcome depends on the day they run: the test command runs them again
     * on a set of fixed days chosen to hurt (weekends, feestdagen, a leap day, the end of daylight saving time).
     */
    public static final String DATUM = "datum";
    public static final String ENV = "TREDE_TEST_TODAY";
    static final String STANDAARD_TIJD_TEKST = "09:00";
    public static final LocalTime STANDAARD_TIJD = LocalTime.parse(STANDAARD_TIJD_TEKST);

    private static final ZonedDateTime START = bepaal();
    private static final long START_NANOS = System.nanoTime();

    private TestDag() {
    }

    /** The Dutch calendar day the tests run on. */
    public static LocalDate vandaag() {
        return START.toLocalDate();
    }

    /** The moment (Dutch time) the test clocks start at. */
    public static ZonedDateTime start() {
        return START;
    }

    /**
     * Now on the test day: the start plus the real time elapsed since (what an unmoved {@link TestClock} says). For
     * timestamps a test writes itself, such as the {@code time} of a CloudEvent it sends.
     */
    public static Instant nu() {
        return START.toInstant().plusNanos(System.nanoTime() - START_NANOS);
    }

    /** {@link #nu()} as a UTC offset date-time (a CloudEvent's {@code time}). */
    public static OffsetDateTime nuUtc() {
        return OffsetDateTime.ofInstant(nu(), ZoneOffset.UTC);
    }

    private static ZonedDateTime bepaal() {
        String waarde = System.getProperty(PROPERTY);
        if (waarde == null || waarde.isBlank()) {
            waarde = System.getenv(ENV);
        }
        ZonedDateTime start = waarde == null || waarde.isBlank()
                ? LocalDate.now(NlTime.ZONE).atTime(STANDAARD_TIJD).atZone(NlTime.ZONE)
                : parse(waarde.strip());
        System.out.println("[trede] test day " + start + " (reproduce with -D" + PROPERTY + "="
                + start.toLocalDateTime() + ")");
        return start;
    }

    /** {@code yyyy-MM-dd} (at {@value #STANDAARD_TIJD_TEKST}) or {@code yyyy-MM-ddTHH:mm}, Dutch local time. */
    static ZonedDateTime parse(String waarde) {
        try {
            LocalDateTime lokaal = waarde.contains("T") ? LocalDateTime.parse(waarde)
                    : LocalDate.parse(waarde).atTime(STANDAARD_TIJD);
            return lokaal.atZone(NlTime.ZONE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(PROPERTY + " must be a date (2026-12-24) or a local date-time "
                    + "(2026-10-25T00:30), not '" + waarde + "'", e);
        }
    }
}
