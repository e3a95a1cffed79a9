package nl.trede.ladder.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.ladder.domain.Aanleiding;
import nl.trede.ladder.domain.Leefgebied;
import nl.trede.ladder.domain.Meting;
import nl.trede.ladder.domain.MetingBron;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One meting as recorded; {@code geldig} is false once another meting corrects it. */
@Schema(name = "Meting")
public record MetingResponse(
        UUID id,
        UUID klantId,
        LadderModelRef model,
        @Schema(example = "2") int trede,
        @Schema(description = "The sub-trede the klant is placed on (the highest active one)", example = "2.4")
        String subTrede,
        @Schema(description = "Every active sub-trede as recorded", example = "[\"2.2\", \"2.4\"]")
        List<String> actieveSubTreden,
        @Schema(format = "date", example = "2026-03-02") LocalDate meetdatum,
        MetingBron bron,
        Aanleiding aanleiding,
        @Schema(example = "klantmanager-17") String beoordelaar,
        List<Leefgebied> leefgebieden,
        String toelichting,
        UUID zaakId,
        UUID trajectId,
        @Schema(description = "The meting this one corrects") UUID corrigeert,
        String correctiereden,
        @Schema(description = "The meting that corrects this one, if any") UUID gecorrigeerdDoor,
        @Schema(description = "False when another meting corrects this one") boolean geldig,
        @Schema(description = "When it was recorded (UTC)") Instant geregistreerdOp) {

    public static MetingResponse of(Meting m, UUID gecorrigeerdDoor) {
        return new MetingResponse(m.id, m.klantId, LadderModelRef.of(m.model), m.trede.nummer,
                m.subTrede == null ? null : m.subTrede.code, List.copyOf(m.actieveSubTreden), m.meetdatum, m.bron,
                m.aanleiding, m.beoordelaar, m.leefgebieden.stream().sorted().toList(), m.toelichting, m.zaakId,
                m.trajectId, m.corrigeert, m.correctiereden, gecorrigeerdDoor, gecorrigeerdDoor == null,
                m.geregistreerdOp);
    }

    @Schema(name = "MetingenPagina")
    public record Page(List<MetingResponse> metingen, int page, int pageSize, long totalItems) {
    }
}
