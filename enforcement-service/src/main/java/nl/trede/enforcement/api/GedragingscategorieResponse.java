package nl.trede.enforcement.api;

import nl.trede.enforcement.domain.GedragingCategorie;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Gedragingscategorie")
public record GedragingscategorieResponse(
        @Schema(description = "Stable kebab-case code, unique within the regelset",
                example = "arbeid-aanvaarden-of-behouden") String code,
        @Schema(description = "The obligation whose breach this category is (for the statutory set: the law text)")
        String omschrijving,
        @Schema(example = "Pw art. 18 lid 4 onder a") String artikel,
        @Schema(description = "Verlaging as a percentage of the bijstandsnorm", example = "100") int percentage,
        @Schema(description = "Shortest period of the verlaging, in months", example = "1") int duurMaandenMin,
        @Schema(description = "Longest period of the verlaging, in months", example = "3") int duurMaandenMax,
        @Schema(description = "Source of the row: document and article or section") String bron,
        RegelsetRef regelset) {

    public static GedragingscategorieResponse of(GedragingCategorie c) {
        return new GedragingscategorieResponse(c.code, c.omschrijving, c.artikel, c.percentage, c.duurMaandenMin,
                c.duurMaandenMax, c.bron, RegelsetRef.of(c.regelset));
    }
}
