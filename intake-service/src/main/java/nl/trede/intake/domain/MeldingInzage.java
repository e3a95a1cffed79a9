package nl.trede.intake.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads what the answer about a melding shows, so that a resource only maps it. */
@ApplicationScoped
public class MeldingInzage {

    private final MeldingService meldingen;
    private final AanvraagService aanvragen;

    public MeldingInzage(MeldingService meldingen, AanvraagService aanvragen) {
        this.meldingen = meldingen;
        this.aanvragen = aanvragen;
    }

    /** The melding as it stands now. */
    public MeldingOverzicht overzicht(Melding melding) {
        AanvraagRegels.Stand stand = aanvragen.stand(melding);
        List<Melding> gekoppeld = meldingen.gekoppeldeSignalen(melding.id);
        return new MeldingOverzicht(melding, Termijn.vanMelding(melding.id), stand, aanvulverzoeken(melding),
                gekoppeld);
    }

    /**
     * A melding registered in this transaction, built from what was just written: a new melding has no inlevertermijn
     * for documents yet (that follows the screening) and no linked signals, so those are not read back.
     */
    public MeldingOverzicht naRegistratie(Melding melding) {
        return new MeldingOverzicht(melding, Termijn.vanMelding(melding.id), aanvragen.standBijRegistratie(melding),
                aanvulverzoeken(melding), List.of());
    }

    private static List<Aanvulverzoek> aanvulverzoeken(Melding melding) {
        return melding.aanvraagStatus == null ? List.of() : Aanvulverzoek.vanMelding(melding.id);
    }
}
