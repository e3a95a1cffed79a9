package nl.trede.platform.werk;

import java.util.List;
import java.util.UUID;

/**
 * The data of {@code nl.trede.<bron>.werkitems-bijgewerkt} (docs/contracts/werkitems.md "Event"): every open work
 * item of one klant in one service; {@code volgnummer} strictly increasing per (bron, klant).
 */
public record WerkitemsBijgewerkt(String bron, UUID klantId, long volgnummer, List<Werkitem> werkitems) {

    /** The CloudEvents type suffix; the type is {@code nl.trede.<bron>.werkitems-bijgewerkt}. */
    public static final String TYPE_SUFFIX = ".werkitems-bijgewerkt";

    public static String type(String bron) {
        return "nl.trede." + bron + TYPE_SUFFIX;
    }
}
