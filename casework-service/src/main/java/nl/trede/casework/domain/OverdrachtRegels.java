package nl.trede.casework.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules of an overdracht (sources A3): a zaak's regie goes only warm (R-04; requirement "a cold identifier-only
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

    /** The steps on an offer, and which side takes them. */
    public enum Stap {
        /** Either side records the introduction they both attended. */
        KENNISMAKING,
        /** The receiver only. */
        ACCEPTATIE,
        /** The receiver only. */
        AFWIJZING,
        /** The sender only. */
        INTREKKING
    }

    /**
     * Who takes a step on an offer the caller can see (a caller who cannot see it never gets here: 404). The receiver
     * is the one {@link ZaakInzage#isOntvanger} names: a member of the receiving team or organisation (the token's
     * teams claim) or the named user. The regie of a zaak is accepted only by a klantmanager or teamleider who is a
     * member of the receiving team: the zaak's owner is a team, and its regisseur must be able to read the zaak (a
     * ketenpartner account cannot). The sender's side is whoever offered it, the zaak's regisseur, or a teamleider.
     *
     * @param teamleider the caller is a teamleider
     * @return a 403 when the caller may not take this step
     */
    public static Optional<Overtreding> magStap(Stap stap, ZaakInzage wie, boolean teamleider, OverdrachtSoort soort,
                                                String ontvanger, String aangebodenDoor, String regisseur) {
        boolean ontvangerKant = wie.isOntvanger(ontvanger);
        boolean zenderKant = wie.wie().equals(aangebodenDoor) || wie.wie().equals(regisseur) || teamleider;
        boolean mag = switch (stap) {
            case KENNISMAKING -> ontvangerKant || zenderKant;
            case ACCEPTATIE -> soort == OverdrachtSoort.REGIE
                    ? wie.zaken() && wie.teams().contains(ontvanger) : ontvangerKant;
            case AFWIJZING -> ontvangerKant;
            case INTREKKING -> zenderKant;
        };
        if (mag) {
            return Optional.empty();
        }
        return Optional.of(new Overtreding(403, "ontvanger", switch (stap) {
            case KENNISMAKING -> "the introduction is recorded by the sender or the receiver " + ontvanger;
            case ACCEPTATIE -> soort == OverdrachtSoort.REGIE ? "the regie is accepted by a klantmanager or "
                    + "teamleider of the receiving team " + ontvanger : "only the receiver " + ontvanger + " accepts";
            case AFWIJZING -> "only the receiver " + ontvanger + " rejects";
            case INTREKKING -> "only the sender, the zaak's regisseur or a teamleider withdraws the offer";
        }));
    }

    /**
     * The named contact of an accepted regie becomes the zaak's regisseur in the receiving team. Without a directory of
     * team members, casework trusts only what a token proves: the accepting member names themselves, or a teamleider of
     * the receiving team (already checked by {@link #magStap}) names a colleague, as a teamleider assigns the regie
     * within the team.
     *
     * @return the reason, when the contact is not acceptable (400 naming {@code contactpersoon})
     */
    public static Optional<String> contactpersoon(OverdrachtSoort soort, String contactpersoon, ZaakInzage wie,
                                                  boolean teamleider) {
        if (soort == OverdrachtSoort.REGIE && !teamleider && !contactpersoon.equals(wie.wie())) {
            return Optional.of("the new regisseur is the accepting member of the receiving team themselves, or is "
                    + "named by a teamleider of that team");
        }
        return Optional.empty();
    }

    /** Unanswered after the last day to answer: expired (R-02 "X days without acceptance"; T04). */
    public static boolean verlopen(OverdrachtStatus status, LocalDate antwoordUiterlijk, LocalDate vandaag) {
        return status.isOpen() && vandaag.isAfter(antwoordUiterlijk);
    }
}
