package nl.trede.intake.domain;

import java.util.Set;

/** The commands of the workflow steps of a melding (productenboek §2.2.2–§2.2.4; {@link MeldingService}). */
public final class MeldingStappen {

    private MeldingStappen() {
    }

    /** The inkomensconsulent's report of the screeningsgesprek (productenboek §2.2.2). */
    public record Screeningsgesprek(Set<Hulpvraag> hulpvraag, JuisteLoket juisteLoket, String verwijzingReden,
                                    boolean badVerwijzing, boolean fraudevermoeden, boolean broodnood,
                                    String rapportage) {
    }

    /** The intaker's record of the ambitiegesprek (productenboek §2.2.3). */
    public record Ambitiegespreksverslag(Zelfbeoordeling zelfbeoordeling, String resultaat, String aandachtspunten) {
    }

    /** The consultant's klantgroep decision beside the klant's own preference (productenboek §2.2.4). */
    public record KlantgroepKeuze(String klantgroep, String klantVoorkeur, String reden) {
    }

    /** The melding ends without doorzetten: a reason code, the toelichting stays in intake. */
    public record Afwijzing(Afwijzingsreden reden, String toelichting) {
    }
}
