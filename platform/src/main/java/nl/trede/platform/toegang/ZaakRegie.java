package nl.trede.platform.toegang;

import java.util.UUID;

/** One casework zaak of a klant as the {@code zaak_toegang} projection knows it: who holds its regie, and whether open. */
public record ZaakRegie(UUID zaakId, UUID klantId, String team, String regisseur, boolean afgesloten) {
}
