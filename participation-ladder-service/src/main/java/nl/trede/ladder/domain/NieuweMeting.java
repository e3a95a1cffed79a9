package nl.trede.ladder.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The command to record a meting as the klantmanager gives it (requirement "Metingen"), checked by
 * {@link MetingService#registreer}. Optional fields are null when not given.
 *
 * @param model       the ladder model it is scored on; without versie the version valid on the meetdatum
 * @param subTreden   the sub-treden of the trede the klant is active on; the klant is placed on the highest
 * @param beoordelaar who assessed; null: the caller
 * @param corrigeert  the meting this one corrects (same klant), with its correctiereden
 */
public record NieuweMeting(UUID klantId, ModelKeuze model, Integer trede, List<String> subTreden, LocalDate meetdatum,
                           MetingBron bron, Aanleiding aanleiding, String beoordelaar, Set<Leefgebied> leefgebieden,
                           String toelichting, UUID zaakId, UUID trajectId, UUID corrigeert, String correctiereden) {

    /** A ladder model by code, and optionally its versie. */
    public record ModelKeuze(String code, String versie) {
    }
}
