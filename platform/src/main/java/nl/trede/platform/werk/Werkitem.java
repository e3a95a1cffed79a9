package nl.trede.platform.werk;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One piece of open work of a klant in a service, as the werkvoorraad shows it (docs/contracts/werkitems.md "A work
 * item"): ids, codes, dates and a short fixed Dutch text only, never personal data.
 *
 * @param id            unique within the bron and stable for the life of the work, e.g. {@code taak:<uuid>}
 * @param soort         a code of the contract's catalogue, e.g. {@code casework.review}
 * @param omschrijving  a short Dutch text for the list (no name, BSN, address or text typed by a clerk)
 * @param zaakId        the casework zaak, when known
 * @param vervaldatum   the day by which the work must be done (the last day of a legal term)
 * @param grondslag     the legal basis of the term, e.g. {@code Awb art. 6:7}, or null
 * @param status        {@link #OPEN} or {@link #BEWAKEN}
 * @param rol           the role that does the work, e.g. {@code klantmanager}
 * @param team          the team the work is for, or null
 * @param toegewezenAan the user id the work is assigned to, or null
 * @param klantgroep    the klant's klantgroep code, or null
 * @param pad           the gateway path of the resource that completes the work
 */
public record Werkitem(String id, String soort, String omschrijving, UUID zaakId, LocalDate vervaldatum,
                       String grondslag, String status, String rol, String team, String toegewezenAan,
                       String klantgroep, String pad) {

    /** Someone must act. */
    public static final String OPEN = "open";
    /** A running term to watch: nobody must act before it ends (e.g. a bezwaartermijn). */
    public static final String BEWAKEN = "bewaken";

    public Werkitem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(omschrijving, "omschrijving");
        Objects.requireNonNull(vervaldatum, "vervaldatum");
        Objects.requireNonNull(rol, "rol");
        Objects.requireNonNull(pad, "pad");
        if (id.isBlank() || id.length() > 200) {
            throw new IllegalArgumentException("id must hold 1 to 200 characters");
        }
        if (!soort.matches("[a-z]+\\.[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("soort must be <bron>.<kebab-case>: " + soort);
        }
        if (omschrijving.isBlank() || omschrijving.length() > 500) {
            throw new IllegalArgumentException("omschrijving must hold 1 to 500 characters");
        }
        if (!OPEN.equals(status) && !BEWAKEN.equals(status)) {
            throw new IllegalArgumentException("status must be open or bewaken: " + status);
        }
    }

    /** A new open item; {@link #bewaken()}, {@link #metGrondslag}, … complete it. */
    public static Werkitem open(String id, String soort, String omschrijving, LocalDate vervaldatum, String rol,
                                String pad) {
        return new Werkitem(id, soort, omschrijving, null, vervaldatum, null, OPEN, rol, null, null, null, pad);
    }

    public Werkitem bewaken() {
        return new Werkitem(id, soort, omschrijving, zaakId, vervaldatum, grondslag, BEWAKEN, rol, team,
                toegewezenAan, klantgroep, pad);
    }

    public Werkitem metGrondslag(String grondslag) {
        return new Werkitem(id, soort, omschrijving, zaakId, vervaldatum, grondslag, status, rol, team,
                toegewezenAan, klantgroep, pad);
    }

    public Werkitem metZaak(UUID zaakId) {
        return new Werkitem(id, soort, omschrijving, zaakId, vervaldatum, grondslag, status, rol, team,
                toegewezenAan, klantgroep, pad);
    }

    /** The team and the user the work is for (either may be null). */
    public Werkitem voor(String team, String toegewezenAan) {
        return new Werkitem(id, soort, omschrijving, zaakId, vervaldatum, grondslag, status, rol, team,
                toegewezenAan, klantgroep, pad);
    }

    public Werkitem metKlantgroep(String klantgroep) {
        return new Werkitem(id, soort, omschrijving, zaakId, vervaldatum, grondslag, status, rol, team,
                toegewezenAan, klantgroep, pad);
    }

    /** A term to watch ({@code status bewaken}); named so that JSON does not carry it as a property. */
    public boolean wordtBewaakt() {
        return BEWAKEN.equals(status);
    }
}
