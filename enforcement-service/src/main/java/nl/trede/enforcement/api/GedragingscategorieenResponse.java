package nl.trede.enforcement.api;

import java.time.LocalDate;
import java.util.List;
import nl.trede.enforcement.domain.RegelsetService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Gedragingscategorieen")
public record GedragingscategorieenResponse(
        @Schema(format = "date", description = "The date the rules were looked up for") LocalDate peildatum,
        RegelsetResponse regelset,
        List<GedragingscategorieResponse> gedragingscategorieen) {

    public static GedragingscategorieenResponse of(RegelsetService.Peiling p) {
        return new GedragingscategorieenResponse(p.peildatum(), RegelsetResponse.of(p.regelset(), p.recidivestappen()),
                p.categorieen().stream().map(GedragingscategorieResponse::of).toList());
    }
}
