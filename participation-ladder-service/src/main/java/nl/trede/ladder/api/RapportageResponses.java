package nl.trede.ladder.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.trede.ladder.domain.Niveau;
import nl.trede.ladder.domain.Positie;
import nl.trede.ladder.domain.Rapportage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answers of {@link RapportageResource}: counts only, a suppressed count is null with onderdrukt true. */
public final class RapportageResponses {

    private RapportageResponses() {
    }

    @Schema(name = "Verdeling")
    public record VerdelingResponse(@Schema(example = "heemskerk") String model,
                                    @Schema(description = "The versions of the model the report covers")
                                    List<String> versies,
                                    @Schema(description = "The model the positions were mapped to, or null", nullable = true)
                                    String naarModel, Niveau niveau,
                                    @Schema(description = "The klantgroep filter, or null", nullable = true) String klantgroep,
                                    @Schema(format = "date") LocalDate peildatum,
                                    @Schema(example = "5") int minimumCelgrootte, Getal totaal,
                                    List<CelResponse> cellen) {
    }

    @Schema(name = "VerdelingCel")
    public record CelResponse(@Schema(example = "2.4") String positie, @Schema(example = "2") int trede,
                              @Schema(example = "2.4", nullable = true) String subTrede,
                              @Schema(example = "21", nullable = true) Long aantal,
                              boolean onderdrukt) {
        static CelResponse of(Rapportage.Cel c) {
            Positie p = c.positie();
            return new CelResponse(p.toString(), p.trede(), p.subTrede(), c.aantal(), c.onderdrukt());
        }
    }

    @Schema(name = "Getal", description = "A published count; aantal is null when suppressed")
    public record Getal(@Schema(example = "740", nullable = true) Long aantal, boolean onderdrukt) {
        static Getal of(Rapportage.Cel c) {
            return new Getal(c.aantal(), c.onderdrukt());
        }
    }

    @Schema(name = "Overgangen")
    public record OvergangenResponse(@Schema(example = "heemskerk") String model, List<String> versies,
                                     String naarModel, Niveau niveau, String klantgroep,
                                     @Schema(format = "date") LocalDate van,
                                     @Schema(format = "date") LocalDate tot,
                                     @Schema(example = "5") int minimumCelgrootte, Getal totaal, Getal gestegen,
                                     Getal gedaald, Getal gelijk,
                                     @Schema(description = "Klanten first measured after van, on or before tot")
                                     Getal nieuwGemeten,
                                     List<MatrixCelResponse> cellen) {
    }

    @Schema(name = "OvergangCel")
    public record MatrixCelResponse(@Schema(example = "2.1") String van, @Schema(example = "2.4") String naar,
                                    @Schema(enumeration = {"gestegen", "gedaald", "gelijk"}) String richting,
                                    @Schema(example = "12", nullable = true) Long aantal, boolean onderdrukt) {
        static MatrixCelResponse of(Rapportage.MatrixCel c) {
            return new MatrixCelResponse(c.van().toString(), c.naar().toString(),
                    c.richting().name().toLowerCase(Locale.ROOT), c.aantal(), c.onderdrukt());
        }
    }

    @Schema(name = "Verblijfsduur")
    public record VerblijfsduurResponse(@Schema(example = "heemskerk") String model, List<String> versies,
                                        Niveau niveau, String klantgroep, @Schema(format = "date") LocalDate van,
                                        @Schema(format = "date") LocalDate tot,
                                        @Schema(example = "5") int minimumCelgrootte, List<DuurCelResponse> cellen) {
    }

    @Schema(name = "VerblijfsduurCel")
    public record DuurCelResponse(@Schema(example = "2.1") String positie, @Schema(example = "2") int trede,
                                  @Schema(example = "2.1", nullable = true) String subTrede,
                                  @Schema(description = "Stays that ended", example = "18", nullable = true) Long aantal,
                                  @Schema(description = "Their average length in days", example = "186")
                                  Long gemiddeldAantalDagen, boolean onderdrukt) {
        static DuurCelResponse of(Rapportage.DuurCel c) {
            return new DuurCelResponse(c.positie().toString(), c.positie().trede(), c.positie().subTrede(),
                    c.aantal(), c.gemiddeldAantalDagen(), c.onderdrukt());
        }
    }

    @Schema(name = "Trajecten")
    public record TrajectenResponse(@Schema(example = "heemskerk") String model, List<String> versies,
                                    Niveau niveau, String klantgroep,
                                    @Schema(format = "date", nullable = true, description = "null: every traject") LocalDate van,
                                    @Schema(format = "date") LocalDate tot,
                                    @Schema(example = "5") int minimumCelgrootte,
                                    List<VoorzieningResponse> voorzieningen) {
    }

    @Schema(name = "VoorzieningBeweging")
    public record VoorzieningResponse(@Schema(example = "werkervaringsplaats") String voorziening,
                                      @Schema(description = "Trajecten counted") Getal totaal, Getal gestegen,
                                      Getal gelijk, Getal gedaald) {
        static VoorzieningResponse of(Rapportage.VoorzieningBeweging v) {
            return new VoorzieningResponse(v.voorziening(), Getal.of(v.totaal()), Getal.of(v.gestegen()),
                    Getal.of(v.gelijk()), Getal.of(v.gedaald()));
        }
    }
}
