package nl.trede.enforcement.api;

import java.time.LocalDate;
import nl.trede.enforcement.domain.Regelset;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which version of which rule set an item comes from. */
@Schema(name = "RegelsetVersie")
public record RegelsetRef(
        @Schema(example = "pw-art-18-lid-4") String code,
        String naam,
        @Schema(format = "date", description = "First day the version applies") LocalDate geldigVanaf,
        @Schema(format = "date", description = "Last day the version applies (inclusive); null: until further notice")
        LocalDate geldigTot) {

    public static RegelsetRef of(Regelset r) {
        return new RegelsetRef(r.code, r.naam, r.geldigVanaf, r.geldigTot);
    }
}
