package nl.trede.casework.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.casework.domain.AfwijzingReden;
import nl.trede.casework.domain.OntvangerSoort;
import nl.trede.casework.domain.Overdracht;
import nl.trede.casework.domain.OverdrachtSoort;
import nl.trede.casework.domain.OverdrachtStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requests and answers of a warme overdracht ({@link OverdrachtResource}, {@link ZaakOverdrachtResource}). */
public final class OverdrachtBerichten {

    private OverdrachtBerichten() {
    }

    @Schema(name = "OverdrachtAanbod")
    public record AanbodRequest(
            @NotNull @Schema(description = "regie (the receiver becomes owner) or uitvoering (the receiver executes "
                    + "the work traject, the regisseur keeps the regie)") OverdrachtSoort soort,
            @NotNull @Schema(description = "What kind of party receives it") OntvangerSoort ontvangerSoort,
            @NotBlank @Size(max = 200) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*") @Schema(description = "The "
                    + "receiver's code, as tokens carry it: a team or partner organisation code from the teams claim "
                    + "(lowercase letters, digits, '.', '_', '-'), or one user's id (a named receiver). Only a caller "
                    + "whose token shows that code answers the offer", example = "werkbedrijf-lucrato") String ontvanger,
            @NotNull @Schema(description = "Warm: an introduction with klant, sender and receiver before acceptance; "
                    + "the regie of a zaak goes warm only (R-04)") Boolean warm,
            @NotBlank @Size(max = 8000) @Schema(description = "Information package (R-03): the history") String geschiedenis,
            @NotBlank @Size(max = 8000) @Schema(description = "Information package (R-03): the possibilities") String mogelijkheden,
            @NotBlank @Size(max = 8000) @Schema(description = "Information package (R-03): the expectations") String verwachtingen) {
    }

    @Schema(name = "Kennismaking")
    public record KennismakingRequest(
            @NotNull @Schema(format = "date", description = "The day of the introduction; not in the future") LocalDate datum,
            @NotNull @Schema(description = "The klant was present (R-04)") Boolean klantAanwezig,
            @NotNull @Schema(description = "The sender was present (R-04)") Boolean zenderAanwezig,
            @NotNull @Schema(description = "The receiver was present (R-04)") Boolean ontvangerAanwezig) {
    }

    @Schema(name = "OverdrachtAcceptatie")
    public record AcceptatieRequest(@NotBlank @Size(max = 200) @Schema(description = "The receiver's named contact "
            + "person (R-04); for a regie overdracht the zaak's new regisseur", example = "jc-de-vries") String contactpersoon) {
    }

    @Schema(name = "OverdrachtAfwijzing")
    public record AfwijzingRequest(@NotNull @Schema(description = "Reason code (R-02)") AfwijzingReden reden,
                                   @NotBlank @Size(max = 4000) @Schema(description = "Reason in words (R-02); stays in "
                                           + "casework") String toelichting) {
    }

    @Schema(name = "Overdracht")
    public record OverdrachtResponse(@Schema(description = "The overdracht's id") UUID id,
                                     @Schema(description = "The zaak") UUID zaakId,
                                     @Schema(description = "regie or uitvoering") OverdrachtSoort soort,
                                     @Schema(description = "Kind of receiving party") OntvangerSoort ontvangerSoort,
                                     @Schema(description = "The receiving team or organisation") String ontvanger,
                                     @Schema(description = "Warm handover") boolean warm,
                                     @Schema(description = "Where it stands") OverdrachtStatus status,
                                     @Schema(description = "Who offered it") String aangebodenDoor,
                                     @Schema(description = "When") Instant aangebodenOp,
                                     @Schema(format = "date", description = "Last day to answer; after it the offer "
                                             + "expires and escalates (T04)") LocalDate antwoordUiterlijk,
                                     @Schema(format = "date", description = "The introduction") LocalDate kennismakingOp,
                                     @Schema(description = "The receiver's named contact") String contactpersoon,
                                     @Schema(description = "Why it was rejected") AfwijzingReden afwijzingReden) {

        static OverdrachtResponse of(Overdracht o) {
            return new OverdrachtResponse(o.id, o.zaakId, o.soort, o.ontvangerSoort, o.ontvanger, o.warm, o.status,
                    o.aangebodenDoor, o.aangebodenOp, o.antwoordUiterlijk, o.kennismakingOp, o.contactpersoon,
                    o.afwijzingReden);
        }
    }


    @Schema(name = "OverdrachtenPagina")
    public record OverdrachtenPage(@Schema(description = "The overdrachten on this page")
                                   List<OverdrachtResponse> overdrachten,
                                   @Schema(description = "This page, from 1") int page,
                                   @Schema(description = "Items per page") int pageSize,
                                   @Schema(description = "Items across all pages the caller may see") long totalItems) {
    }
}
