package nl.trede.casework.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import nl.trede.casework.domain.RegieRegels.Weigering;
import nl.trede.casework.domain.RegieRegels.Wijziging;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** sources A3 R-01 / A6 T06 and requirement "Exactly one regisseur": who may change the regie. */
class RegieRegelsTest {

    private static Optional<Weigering> wijzig(String regisseur, String naarTeam, String naarRegisseur, String actor,
                                              boolean teamleider) {
        return RegieRegels.geweigerd(new Wijziging(ZaakStatus.OPEN, "team-werk", regisseur, naarTeam, naarRegisseur,
                actor, teamleider));
    }

    @Test
    @DisplayName("A klantmanager takes a zaak from their team queue, not someone else's zaak")
    void takingFromTheQueue() {
        assertEquals(Optional.empty(), wijzig(null, "team-werk", "km-a", "km-a", false));
        assertEquals(Optional.of(Weigering.NIET_BEVOEGD), wijzig(null, "team-werk", "km-b", "km-a", false));
        assertEquals(Optional.of(Weigering.NIET_BEVOEGD), wijzig("km-b", "team-werk", "km-a", "km-a", false));
        assertEquals(Optional.of(Weigering.NIET_BEVOEGD), wijzig(null, "team-jongeren", "km-a", "km-a", false));
    }

    @Test
    @DisplayName("The regisseur hands over or returns their own zaak; a teamleider assigns any")
    void handingOver() {
        assertEquals(Optional.empty(), wijzig("km-a", "team-werk", "km-b", "km-a", false));
        assertEquals(Optional.empty(), wijzig("km-a", "team-werk", null, "km-a", false));
        assertEquals(Optional.empty(), wijzig("km-a", "team-jongeren", "km-c", "tl-x", true));
    }

    @Test
    @DisplayName("No change to the same owner; nothing on a closed zaak")
    void noOpAndClosed() {
        assertEquals(Optional.of(Weigering.ONGEWIJZIGD), wijzig("km-a", "team-werk", "km-a", "km-a", false));
        assertEquals(Optional.of(Weigering.GESLOTEN), RegieRegels.geweigerd(new Wijziging(ZaakStatus.AFGESLOTEN,
                "team-werk", "km-a", "team-werk", "km-b", "tl-x", true)));
    }
}
