package nl.trede.enforcement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The events of enforcement on {@code trede.enforcement.v1} (README.md#events): ids, codes, dates and amounts only,
 * never a name, BSN or free text (a reason or motivation stays in the service).
 */
public final class EnforcementEvents {

    public static final String PREFIX = "nl.trede.enforcement.";
    public static final String GEDRAGING_GEREGISTREERD = PREFIX + "gedraging-geregistreerd";
    public static final String HOORVERZOEK_VERSTUURD = PREFIX + "hoorverzoek-verstuurd";
    public static final String HERSTELTERMIJN_VERSTUURD = PREFIX + "hersteltermijn-verstuurd";
    public static final String MAATREGEL_VOORGESTELD = PREFIX + "maatregel-voorgesteld";
    public static final String MAATREGEL_OPGELEGD = PREFIX + "maatregel-opgelegd";
    public static final String MAATREGEL_AFGEZIEN = PREFIX + "maatregel-afgezien";
    public static final String MAATREGEL_HERZIEN = PREFIX + "maatregel-herzien";
    public static final String UITKERING_GEBLOKKEERD = PREFIX + "uitkering-geblokkeerd";
    public static final String UITKERING_GEDEBLOKKEERD = PREFIX + "uitkering-gedeblokkeerd";
    public static final String BLOKKERING_HERSTELTERMIJN_VERSTUURD = PREFIX + "blokkering-hersteltermijn-verstuurd";
    public static final String UITKERING_STOPGEZET = PREFIX + "uitkering-stopgezet";
    /** casework's report that enforcement cannot register: back to casework instead of only to the DLQ. */
    public static final String GEDRAGING_GEWEIGERD = PREFIX + "gedraging-geweigerd";
    /** The catalogue casework validates its reports against (no klant: the subject names the regelset). */
    public static final String GEDRAGINGSCATEGORIEEN_GEWIJZIGD = PREFIX + "gedragingscategorieen-gewijzigd";

    private EnforcementEvents() {
    }

    public record GedragingGeregistreerd(UUID gedragingId, UUID zaakId, String categorie, LocalDate datum,
                                         String regelset, LocalDate regelsetGeldigVanaf, String bron,
                                         String klantgroep) {
    }

    public record HoorverzoekVerstuurd(UUID gedragingId, String kanaal, LocalDate verzondenOp, LocalDate gesprekOp) {
    }

    public record HersteltermijnVerstuurd(UUID gedragingId, LocalDate verzondenOp, LocalDate gesprekOp,
                                          long werkdagenTussen, boolean aangetekend, boolean regulier) {
    }

    public record MaatregelVoorgesteld(UUID maatregelId, UUID gedragingId, UUID zaakId, String uitkomst,
                                       String afzienReden, String categorie, int stap, boolean recidive,
                                       int percentage, Integer duurMaanden, BigDecimal bedragEenmalig,
                                       LocalDate ingangsdatum, LocalDate einddatum, BigDecimal bedragPerMaand,
                                       String artikel, List<String> samenloop) {
    }

    public record MaatregelOpgelegd(UUID maatregelId, UUID gedragingId, UUID zaakId, String categorie, int stap,
                                    boolean recidive, int percentage, Integer duurMaanden, BigDecimal bedragEenmalig,
                                    LocalDate ingangsdatum, LocalDate einddatum, BigDecimal bedragPerMaand,
                                    LocalDate besluitdatum, LocalDate bezwaarTot, String artikel,
                                    Long mutatieVolgnummer, UUID opgenomenIn, List<UUID> vervangen) {
    }

    public record MaatregelHerzien(UUID maatregelId, UUID gedragingId, UUID zaakId, LocalDate herzienPer,
                                   LocalDate einddatum, String artikel, long mutatieVolgnummer) {
    }

    /** Faciliteren/Zorg, 2nd no-show (sources D4.3): the benefit blocked, the onderzoek started, the feed mutatie. */
    public record UitkeringGeblokkeerd(UUID maatregelId, UUID gedragingId, UUID zaakId, String categorie, int stap,
                                       String klantgroep, LocalDate besluitdatum, LocalDate bezwaarTot,
                                       String artikel, UUID onderzoekId, long mutatieVolgnummer) {
    }

    /** A lifted blokkering: GWS pays again from gedeblokkeerdPer. */
    public record UitkeringGedeblokkeerd(UUID maatregelId, UUID gedragingId, UUID zaakId, String klantgroep,
                                         LocalDate gedeblokkeerdPer, String artikel, long mutatieVolgnummer) {
    }

    /** Zorg: the hersteltermijn after a blokkering (PB §6.3.1), the last chance to react before a stopzetting. */
    public record BlokkeringHersteltermijnVerstuurd(UUID maatregelId, UUID gedragingId, UUID zaakId,
                                                    LocalDate verzondenOp, LocalDate termijnTot) {
    }

    /** Zorg: the uitkering stopped after a blokkering and an unanswered hersteltermijn (PB §6.3.1, §7.2). */
    public record UitkeringStopgezet(UUID maatregelId, UUID gedragingId, UUID zaakId, String klantgroep,
                                     LocalDate stopgezetPer, LocalDate hersteltermijnTot, String artikel,
                                     long mutatieVolgnummer) {
    }

    /**
     * casework's gedraging-gemeld that enforcement refuses (the report's category is unknown on its date, cannot be
     * imposed on the klantgroep, …): codes and generated rule texts only.
     */
    public record GedragingGeweigerd(UUID meldingId, UUID zaakId, String categorie, LocalDate datum,
                                     String redenCode, String reden) {
    }

    /** One category of the catalogue: its code, its ground, and for which klantgroepen it cannot be imposed. */
    public record CatalogusCategorie(String code, String artikel, boolean arbeidsverplichting,
                                     List<String> nietVoorKlantgroepen, boolean referentiedatumVereist) {
    }

    /** One version of the regelset: valid from/to (inclusive; geldigTot null = until further notice). */
    public record CatalogusVersie(LocalDate geldigVanaf, LocalDate geldigTot, List<CatalogusCategorie> categorieen) {
    }

    /** Every version of the regelset that judges casework's reports, oldest first. */
    public record GedragingscategorieenGewijzigd(String regelset, List<CatalogusVersie> versies) {
    }

    public record MaatregelAfgezien(UUID maatregelId, UUID gedragingId, UUID zaakId, String uitkomst,
                                    String afzienReden, String categorie, LocalDate besluitdatum, String artikel) {
    }
}
