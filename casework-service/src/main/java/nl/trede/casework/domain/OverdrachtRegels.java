package nl.trede.casework.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules of an overdracht (seed-000-002): a zaak's regie goes only warm (R-04; issue 4 "a cold identifier-only
 * transfer is refused for zaken"); a warm one is accepted only after an introduction with klant, sender and receiver
 * and with a named contact (R-04, T05); a rejection needs a reason code and text and leaves the sender owner;
 * an offer unanswered after its term expires and escalates (R-02, T04). Plain Java.
 */
public final class OverdrachtRegels {

    /** A broken rule, with the source it names and its HTTP status. */
    public record Overtreding(int status, String regel, String uitleg) {
    }

    private OverdrachtRegels() {
    }

    public static Optional<Overtreding> aanbieden(OverdrachtSoort soort, boolean warm, ZaakStatus zaakStatus) {
        if (zaakStatus != ZaakStatus.OPEN) {
            return Optional.of(new Overtreding(409, "zaak-afgesloten", "the zaak is closed"));
        }
        if (soort == OverdrachtSoort.REGIE && !warm) {
            return Optional.of(new Overtreding(400, "R-04", "the regie of a zaak is handed over warm only: a cold, "
                    + "identifier-only transfer is refused"));
        }
        return Optional.empty();
    }

    public static Optional<Overtreding> kennismaking(OverdrachtStatus status, boolean klant, boolean zender,
                                                     boolean ontvanger) {
        if (status != OverdrachtStatus.AANGEBODEN) {
            return Optional.of(new Overtreding(409, "status", "an introduction is recorded on an offered overdracht; "
                    + "it is " + status.code()));
        }
        if (!(klant && zender && ontvanger)) {
            return Optional.of(new Overtreding(400, "R-04", "the introduction meeting has the klant, the sender and "
                    + "the receiver present"));
        }
        return Optional.empty();
    }

    public static Optional<Overtreding> accepteren(OverdrachtStatus status, boolean warm) {
        if (!status.isOpen()) {
            return Optional.of(new Overtreding(409, "status", "the overdracht is " + status.code()));
        }
        if (warm && status != OverdrachtStatus.KENNISMAKING_GEHOUDEN) {
            return Optional.of(new Overtreding(400, "R-04", "a warm overdracht is accepted only after the "
                    + "introduction meeting (T05)"));
        }
        return Optional.empty();
    }

    public static Optional<Overtreding> afwijzenOfIntrekken(OverdrachtStatus status) {
        return status.isOpen() ? Optional.empty()
                : Optional.of(new Overtreding(409, "status", "the overdracht is " + status.code()));
    }

    /** Unanswered after the last day to answer: expired (R-02 "X days without acceptance"; T04). */
    public static boolean verlopen(OverdrachtStatus status, LocalDate antwoordUiterlijk, LocalDate vandaag) {
        return status.isOpen() && vandaag.isAfter(antwoordUiterlijk);
    }
}
