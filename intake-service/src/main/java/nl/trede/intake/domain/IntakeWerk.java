package nl.trede.intake.domain;

import java.time.LocalDate;
import java.util.UUID;
import nl.trede.platform.security.Roles;
import nl.trede.platform.werk.Werkitem;

/**
 * An open intake deadline as a work item of the werkvoorraad (docs/contracts/werkitems.md, catalogue of
 * {@code soort}): the beslistermijn (Pw art. 44 lid 1 with Awb art. 4:13), the aanvultermijn (Awb art. 4:5), the
 * zoektermijn of an applicant under 27 (Pw art. 41 lid 4: a term to watch, nobody acts before it ends) and the
 * intake's other deadlines as {@code intake.termijn}. The work is the intake-medewerker's; the melding's page completes
 * it. Fixed Dutch texts only: no personal data.
 */
public final class IntakeWerk {

    private IntakeWerk() {
    }

    public static Werkitem werkitem(UUID termijnId, UUID meldingId, TermijnSoort soort, LocalDate uiterlijk,
                                    String klantgroep) {
        Werkitem item = Werkitem.open("termijn:" + termijnId, code(soort), omschrijving(soort), uiterlijk,
                Roles.INTAKE_MEDEWERKER, "/api/intake/v1/meldingen/" + meldingId)
                .metGrondslag(grondslag(soort)).metKlantgroep(klantgroep);
        return soort == TermijnSoort.ZOEKTERMIJN ? item.bewaken() : item;
    }

    static String code(TermijnSoort soort) {
        return switch (soort) {
            case BESLISSING -> "intake.beslistermijn";
            case AANVULTERMIJN -> "intake.aanvultermijn";
            case ZOEKTERMIJN -> "intake.zoektermijn";
            default -> "intake.termijn";
        };
    }

    static String grondslag(TermijnSoort soort) {
        return switch (soort) {
            case BESLISSING -> "Pw art. 44 lid 1; Awb art. 4:13";
            case AANVULTERMIJN -> "Awb art. 4:5";
            case ZOEKTERMIJN -> "Pw art. 41 lid 4";
            // the other deadlines are the municipality's own (productenboek §2.1-2.4)
            default -> null;
        };
    }

    static String omschrijving(TermijnSoort soort) {
        return switch (soort) {
            case TERUGBELLEN -> "Klant terugbellen na een digitale melding";
            case SCREENING -> "Screeningsgesprek houden";
            case AMBITIEGESPREK -> "Ambitiegesprek houden";
            case DOCUMENTEN -> "Aanvraagformulier en bewijsstukken ontvangen";
            case AANVULTERMIJN -> "Aanvultermijn loopt af: aanvulling van de aanvraag verwacht";
            case SMS_HERINNERING -> "SMS-herinnering sturen: de aanvultermijn eindigt morgen";
            case BESLISSING -> "Beslissen op de aanvraag";
            case ZOEKTERMIJN -> "Zoektermijn (jonger dan 27) loopt af: daarna kan de aanvraag worden gedaan";
            case VOORSCHOT -> "Voorschot verstrekken bij broodnood";
        };
    }
}
