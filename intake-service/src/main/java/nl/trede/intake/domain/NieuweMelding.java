package nl.trede.intake.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The command to register a melding: what the caller states, checked by {@link MeldingRegels} and
 * {@link MeldingService#registreer}. The fields of the kind of melding (README "Fields per kind"); null is "not given".
 */
public record NieuweMelding(MeldingType type, String bsn, String naam, LocalDate geboortedatum, Kanaal kanaal,
                            Boolean broodnood, LocalDate laatsteInschrijvingProVso,
                            Boolean medischUrenbeperktOfDoelgroepLks, Melder melder,
                            LocalDate verwachteUitstroomdatum, BigDecimal inkomenPerMaand,
                            Boolean inDoelgroepregister, LocalDate ontvangenOp) {

    /** The partner organisation that reports a signaal-ketenpartner. */
    public record Melder(String organisatie, MelderSoort soort) {
    }
}
