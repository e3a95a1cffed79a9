package nl.trede.intake.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The income test for a verzoek om ondersteuning by a niet-uitkeringsgerechtigde (nugger): support only while the
 * income is at most 120% of the wettelijk minimumloon (Re-integratieverordening Deventer 2021 art. 2 lid 3 a;
 * sources D2.2, D9 nugger.incomeLimit, D10 S01/S02), and no income test at all for someone in
 * the doelgroepregister (art. 2 lid 4; scenario S03). Where the productenboek says "sociaal minimum" the
 * verordening prevails (sources D11 I-6).
 */
public final class Inkomenstoets {

    /** 120%. */
    public static final BigDecimal FACTOR = new BigDecimal("1.20");

    private Inkomenstoets() {
    }

    /** The limit in euro per month, rounded to cents. */
    public static BigDecimal grens(BigDecimal minimumloonPerMaand) {
        return minimumloonPerMaand.multiply(FACTOR).setScale(2, RoundingMode.HALF_UP);
    }

    /** True when support may be offered: in the doelgroepregister, or income at most the limit. */
    public static boolean binnenGrens(BigDecimal inkomenPerMaand, BigDecimal minimumloonPerMaand,
                                      boolean inDoelgroepregister) {
        return inDoelgroepregister || inkomenPerMaand.compareTo(grens(minimumloonPerMaand)) <= 0;
    }
}
