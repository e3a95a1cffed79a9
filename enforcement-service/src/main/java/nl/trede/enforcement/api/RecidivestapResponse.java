package nl.trede.enforcement.api;

import nl.trede.enforcement.domain.Recidivestap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Recidivestap", description = "A new breach within binnenMaanden after the step of naLid was applied "
        + "leads to the verlaging of lid.")
public record RecidivestapResponse(
        @Schema(example = "6") int lid,
        @Schema(example = "5") int naLid,
        @Schema(example = "12") int binnenMaanden,
        @Schema(example = "100") int percentage,
        @Schema(description = "Null when the minimum is relative to the preceding period (see omschrijving)")
        Integer duurMaandenMin,
        @Schema(example = "3") int duurMaandenMax,
        String omschrijving,
        @Schema(example = "Pw art. 18 lid 6") String artikel,
        String bron) {

    public static RecidivestapResponse of(Recidivestap s) {
        return new RecidivestapResponse(s.lid, s.naLid, s.binnenMaanden, s.percentage, s.duurMaandenMin,
                s.duurMaandenMax, s.omschrijving, s.artikel, s.bron);
    }
}
