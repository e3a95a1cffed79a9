package nl.trede.enforcement.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the gedragingen and their maatregel ({@link GedragingWeergave} builds them). */
public final class GedragingResponses {

    private GedragingResponses() {
    }

    @Schema(name = "Gedraging")
    public record GedragingResponse(UUID id, UUID klantId, UUID zaakId, String categorie, LocalDate datum,
                                    LocalDate referentiedatum, String regelset, LocalDate regelsetGeldigVanaf,
                                    String bron, String status, long version, List<String> toegestaneActies,
                                    String geregistreerdDoor, Instant geregistreerdOp, String hoorverzoekKanaal,
                                    LocalDate hoorverzoekVerzondenOp, LocalDate hoorgesprekOp,
                                    LocalDate hersteltermijnVerzondenOp, LocalDate hersteltermijnGesprekOp,
                                    LocalDate gehoordOp, UUID samengevoegdIn, boolean actieveZorg,
                                    String zorgafstemmingSoort, LocalDate zorgafstemmingOp,
                                    String zorgafstemmingDoor, String zorgafstemmingReden, String klantgroep,
                                    MaatregelResponse maatregel) {
    }

    @Schema(name = "Maatregel")
    public record MaatregelResponse(UUID id, String status, String uitkomst, String afzienReden, String motivering,
                                    String categorie, String recidivegroep, int stap, boolean recidive,
                                    int percentage, Integer duurMaanden, BigDecimal bedragEenmalig,
                                    BigDecimal normPerMaand, LocalDate ingangsdatum, LocalDate einddatum,
                                    JsonNode perioden, String artikel, String bron, List<String> samenloopMet,
                                    LocalDate besluitdatum, LocalDate bezwaarTot, LocalDate herzienPer,
                                    UUID onderzoekId,
                                    @Schema(description = "Samenloop: the maatregel whose verlaging covers this one "
                                            + "(this one has no verlaging of its own)") UUID opgenomenIn,
                                    @Schema(description = "Samenloop: the higher verlaging of the same period that "
                                            + "ended this one (einddatum: the day before it starts)")
                                    UUID vervangenDoor,
                                    @Schema(description = "Faciliteren, 1st no-show: the new appointment the besluit "
                                            + "of the € 50 carries (PB §5.3.1, §5.3.2, §7.2)")
                                    GedragingRequests.NieuweAfspraak nieuweAfspraak,
                                    @Schema(description = "A proposed verlaging: the samenloop it will meet when "
                                            + "decided today (the besluit applies the same rule on its date)")
                                    SamenloopVoorbeeld samenloopVoorbeeld,
                                    @Schema(description = "A blokkering: its state after the besluit")
                                    BlokkeringResponse blokkering) {
    }

    @Schema(name = "SamenloopVoorbeeld", description = "Samenloop (one verlaging for concurrent gedragingen, the "
            + "highest): either this verlaging is taken up in a higher one, or it ends the listed ones")
    public record SamenloopVoorbeeld(@Schema(description = "The higher maatregel that will cover this one (then no "
                                             + "verlaging of its own)") UUID opgenomenIn,
                                     @Schema(description = "The lower verlagingen this one will end or make lapse")
                                     List<UUID> vervangt,
                                     @Schema(description = "In words") String toelichting) {
    }

    @Schema(name = "Blokkering", description = "A blokkering (Faciliteren/Zorg 2nd no-show) and what followed")
    public record BlokkeringResponse(@Schema(description = "Blocked from (the besluitdatum)") LocalDate geblokkeerdPer,
                                     @Schema(description = "In force: neither lifted nor stopped") boolean actief,
                                     LocalDate opgehevenPer, String opheffingReden,
                                     LocalDate hersteltermijnVerzondenOp, LocalDate hersteltermijnTot,
                                     LocalDate stopgezetPer, String stopzettingReden) {
    }

    @Schema(name = "Gedragingen", description = "A page of gedragingen (README \"API conventions\", paging)")
    public record Lijst(List<GedragingResponse> gedragingen, @Schema(description = "This page, from 1") int page,
                        @Schema(description = "Items per page, 1 to 100") int pageSize,
                        @Schema(description = "All gedragingen the filter finds, over all pages") long totalItems) {
    }
}
