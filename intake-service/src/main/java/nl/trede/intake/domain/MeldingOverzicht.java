package nl.trede.intake.domain;

import java.util.List;

/**
 * What the answer about one melding shows, read by {@link MeldingInzage}: the melding, its deadlines (earliest first),
 * the state of its aanvraag, the aanvultermijnen sent (aanvraag-levensonderhoud only, else empty) and the
 * ketenpartners' signals linked to it (oldest first).
 */
public record MeldingOverzicht(Melding melding, List<Termijn> termijnen, AanvraagRegels.Stand aanvraagStand,
                               List<Aanvulverzoek> aanvulverzoeken, List<Melding> gekoppeldeSignalen) {
}
