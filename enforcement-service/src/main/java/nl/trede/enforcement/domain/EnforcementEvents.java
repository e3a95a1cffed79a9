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

    public record MaatregelAfgezien(UUID maatregelId, UUID gedragingId, UUID zaakId, String uitkomst,
                                    String afzienReden, String categorie, LocalDate besluitdatum, String artikel) {
    }
}
