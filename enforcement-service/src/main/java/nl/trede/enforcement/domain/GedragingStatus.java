package nl.trede.enforcement.domain;

import java.util.EnumSet;
import java.util.Set;
import nl.trede.platform.api.Coded;

/** The states of a gedraging in the maatregel procedure ({@link GedragingWorkflow}). */
public enum GedragingStatus implements Coded {
    GEREGISTREERD("geregistreerd"),
    HOORVERZOEK_VERSTUURD("hoorverzoek-verstuurd"),
    HERSTELTERMIJN_VERSTUURD("hersteltermijn-verstuurd"),
    GEHOORD("gehoord"),
    VOORGESTELD("voorgesteld"),
    OPGELEGD("opgelegd"),
    AFGEZIEN("afgezien"),
    GEWAARSCHUWD("gewaarschuwd"),
    /** The opgelegde maatregel was ended early on request (Pw art. 18 lid 11). */
    HERZIEN("herzien"),
    SAMENGEVOEGD("samengevoegd"),
    /** Zorg, 1st no-show: no fine, the IC seeks contact (sources D4.3). */
    CONTACT_GEZOCHT("contact-gezocht"),
    /** Faciliteren/Zorg, 2nd no-show: the benefit is blocked, a rechtmatigheidsonderzoek started (§4.3). */
    GEBLOKKEERD("geblokkeerd"),
    /** The blokkering was lifted: the uitkering is paid again (GWS feed deblokkering). */
    BLOKKERING_OPGEHEVEN("blokkering-opgeheven"),
    /** Zorg: after the blokkering and an unanswered hersteltermijn the uitkering was stopped (PB §6.3.1, §7.2). */
    STOPGEZET("stopgezet");

    public static final Set<GedragingStatus> OPEN = EnumSet.of(GEREGISTREERD, HOORVERZOEK_VERSTUURD,
            HERSTELTERMIJN_VERSTUURD, GEHOORD, VOORGESTELD);

    private final String code;

    GedragingStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
