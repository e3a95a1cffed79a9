package nl.trede.intake.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The events intake publishes on {@code trede.intake.v1} (key and subject: klantId). Payloads carry ids, codes
 * and dates only: no BSN, no name, no birth date, no free text (data minimisation, AVG art. 5 lid 1 c).
 * Consumers fetch details from {@code GET /api/intake/v1/meldingen/{meldingId}} with a service token.
 */
public final class IntakeEvents {

    public static final String TYPE_PREFIX = "nl.trede.intake.";
    public static final String MELDING_GEREGISTREERD = TYPE_PREFIX + "melding-geregistreerd";
    public static final String SCREENING_AFGEROND = TYPE_PREFIX + "screening-afgerond";
    public static final String KLANTGROEP_BEPAALD = TYPE_PREFIX + "klantgroep-bepaald";
    public static final String MELDING_DOORGEZET = TYPE_PREFIX + "melding-doorgezet";
    public static final String MELDING_AFGEWEZEN = TYPE_PREFIX + "melding-afgewezen";
    public static final String MELDING_INGETROKKEN = TYPE_PREFIX + "melding-ingetrokken";
    public static final String AANVULTERMIJN_VERSTUURD = TYPE_PREFIX + "aanvultermijn-verstuurd";
    public static final String AANVRAAG_COMPLEET = TYPE_PREFIX + "aanvraag-compleet";
    public static final String AANVRAAG_BUITEN_BEHANDELING = TYPE_PREFIX + "aanvraag-buiten-behandeling";
    /** A ketenpartner's signal was recorded and linked to the person's open signal, which handles it. */
    public static final String SIGNAAL_GEKOPPELD = TYPE_PREFIX + "signaal-gekoppeld";
    /** For enforcement: a tip handhaving, or a fraud suspicion from the screening (productenboek §2.2.2). */
    public static final String HANDHAVINGSSIGNAAL_ONTVANGEN = TYPE_PREFIX + "handhavingssignaal-ontvangen";

    private IntakeEvents() {
    }

    /** {@code melderSoort}, {@code verwachteUitstroomdatum}, {@code schoolverlaterGesignaleerd}: partner signals. */
    public record MeldingGeregistreerd(UUID meldingId, String meldingType, LocalDate meldingDatum, String melderSoort,
                                       LocalDate verwachteUitstroomdatum, Boolean schoolverlaterGesignaleerd) {
    }

    public record ScreeningAfgerond(UUID meldingId, List<String> hulpvraag, String juisteLoket, boolean broodnood,
                                    boolean badVerwijzing, boolean fraudevermoeden) {
    }

    public record KlantgroepBepaald(UUID meldingId, String klantgroep, String klantVoorkeur,
                                    boolean verschilVanMening) {
    }

    public record MeldingDoorgezet(UUID meldingId, String meldingType, LocalDate meldingDatum, Instant doorgezetOp,
                                   String klantgroep) {
    }

    public record MeldingAfgesloten(UUID meldingId, String meldingType, String reden) {
    }

    /** {@code gekoppeldAan}: the open melding that handles the signal {@code meldingId}. */
    public record SignaalGekoppeld(UUID meldingId, UUID gekoppeldAan, String meldingType, LocalDate meldingDatum,
                                   String melderSoort, LocalDate verwachteUitstroomdatum) {
    }

    /** {@code bron}: {@code tip-handhaving} or {@code screening-fraudevermoeden}. */
    public record HandhavingssignaalOntvangen(UUID meldingId, String bron) {
    }

    /** An aanvultermijn was sent (Awb 4:5); the beslistermijn is suspended until its end or the aanvulling. */
    public record AanvultermijnVerstuurd(UUID meldingId, LocalDate uitnodigingsdatum, LocalDate einde,
                                         LocalDate beslistermijnUiterlijk) {
    }

    /** The aanvraag's documents are complete. */
    public record AanvraagCompleet(UUID meldingId, LocalDate compleetOp, LocalDate beslistermijnUiterlijk) {
    }

    /** The aanvraag is left buiten behandeling after an unused aanvultermijn (Awb 4:5). */
    public record AanvraagBuitenBehandeling(UUID meldingId, String meldingStatus, LocalDate aanvultermijnEinde) {
    }
}
