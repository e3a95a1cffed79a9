package nl.trede.ladder.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PositieTest {

    @Test
    @DisplayName("sources H2.5 (thesis §4.2.2): a klant on several sub-treden is placed on the highest")
    void severalActiveSubTredenPlaceTheKlantOnTheHighest() {
        // thesis §4.2.2: 2.2 and 2.4 at the same time; B1 Inleiding: 2.1 and 2.4 (sources H10 item 4: same rule).
        assertEquals(Optional.of(new Positie(2, "2.4")),
                Positie.hoogste(List.of(new Positie(2, "2.2"), new Positie(2, "2.4"))));
        assertEquals(Optional.of(new Positie(2, "2.4")),
                Positie.hoogste(List.of(new Positie(2, "2.4"), new Positie(2, "2.1"))));
        assertEquals(Optional.of(new Positie(2, "2.6")), Positie.hoogste(List.of(new Positie(2, "2.6"))));
        assertEquals(Optional.empty(), Positie.hoogste(List.of()));
    }

    @Test
    @DisplayName("sources H2.4 'Ordering': 1 < 2.1 < ... < 2.6 < 3 ... 6, 2.10 above 2.9")
    void positionsAreOrderedByClosenessToWork() {
        List<Positie> sorted = new ArrayList<>(List.of(new Positie(3, null), new Positie(2, "2.6"),
                new Positie(2, "2.10"), new Positie(1, null), new Positie(2, "2.1"), new Positie(2, null),
                new Positie(2, "2.9")));
        sorted.sort(null);
        assertEquals("[1, 2, 2.1, 2.6, 2.9, 2.10, 3]", sorted.toString());
        assertTrue(new Positie(6, null).compareTo(new Positie(5, null)) > 0);
        assertEquals(Positie.van(2), new Positie(2, "2.3").alleenTrede());
    }

    @Test
    @DisplayName("the ladder requirements: a sub-trede that does not belong to its trede is invalid (sources H2.4: 2.x subdivides 2)")
    void aSubTredeBelongsToItsTrede() {
        assertEquals(Optional.empty(), LadderRegels.subTredeFout(2, "2.4"));
        assertEquals(Optional.of("sub-trede 3.1 does not belong to trede 2"), LadderRegels.subTredeFout(2, "3.1"));
        assertEquals(Optional.of("sub-trede 2.4 does not belong to trede 1"), LadderRegels.subTredeFout(1, "2.4"));
        for (String bad : new String[] {"2", "2.", "2.0", "24", "2,4", "2.4.1", "7.1", " 2.4", "2.100"}) {
            assertTrue(LadderRegels.subTredeFout(2, bad).isPresent(), bad);
        }
        assertEquals(4, LadderRegels.subTredeRang("2.4"));
        assertEquals(12, LadderRegels.subTredeRang("3.12"));
        assertThrows(IllegalArgumentException.class, () -> new Positie(2, "3.1"));
        assertThrows(IllegalArgumentException.class, () -> new Positie(7, null));
    }

    @Test
    @DisplayName("sources H2.2: a model version has the six treden 1-6, each once")
    void aModelDefinitionNamesEveryBrokenRule() {
        List<ModelDefinitie.TredeDefinitie> treden = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            treden.add(new ModelDefinitie.TredeDefinitie(n == 6 ? 5 : n, "t", "d", null, "b", null,
                    n == 2 ? List.of(new ModelDefinitie.SubTredeDefinitie("2.1", "s", "d", null, "b", null),
                            new ModelDefinitie.SubTredeDefinitie("2.1", "s", "d", null, "b", null),
                            new ModelDefinitie.SubTredeDefinitie("1.1", "s", "d", null, "b", null)) : null));
        }
        ModelDefinitie m = new ModelDefinitie("Heemskerk", "n", "1", java.time.LocalDate.parse("2020-01-01"),
                java.time.LocalDate.parse("2019-12-31"), "b", treden);
        assertEquals(List.of("code", "geldigTot", "treden[1].subTreden[1].code", "treden[1].subTreden[2].code",
                "treden[5].nummer"), m.fouten().stream().map(nl.trede.platform.problem.InvalidParam::name).toList());
        assertTrue(LadderRegels.isModelCode("heemskerk"));
        assertTrue(LadderRegels.isModelCode("vng-2011"));
    }
}
