package nl.trede.enforcement.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What a caller asks of a handhavingsonderzoek ({@link OnderzoekService}); the resource validates and maps to it. */
public final class OnderzoekCommando {

    private OnderzoekCommando() {
    }

    /** Open an onderzoek for a klant, with the gedragingen that led to it. */
    public record Start(UUID klantId, UUID zaakId, String aanleiding, List<UUID> gedragingIds) {
    }

    /** The outcome: all empty means no consequence. */
    public record Afronding(Boolean herziening, BigDecimal terugvorderingBedrag, BigDecimal benadelingsbedrag,
                            BigDecimal boeteBedrag) {
    }
}
