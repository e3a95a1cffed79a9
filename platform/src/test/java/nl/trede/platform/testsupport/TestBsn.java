package nl.trede.platform.testsupport;

import java.util.concurrent.ThreadLocalRandom;
import nl.trede.platform.bsn.Bsn;

/**
 * Fresh, valid, made-up BSNs for tests (each test its own person, so tests never collide on "one open melding per
 * person"). Validity is the platform's own 11-proef ({@link Bsn#isValid}): one implementation of the rule.
 */
public final class TestBsn {

    private TestBsn() {
    }

    /** A random 9-digit BSN that passes the 11-proef. */
    public static String willekeurig() {
        return trek(100_000_000, 1_000_000_000);
    }

    /** A random valid BSN whose 9-digit form starts with 0, so it has an 8-digit spelling too. */
    public static String metVoorloopnul() {
        return trek(10_000_000, 100_000_000);
    }

    private static String trek(int van, int totExclusief) {
        while (true) {
            String kandidaat = String.format("%09d", ThreadLocalRandom.current().nextInt(van, totExclusief));
            if (Bsn.isValid(kandidaat)) {
                return kandidaat;
            }
        }
    }
}
