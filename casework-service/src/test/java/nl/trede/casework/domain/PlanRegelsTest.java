package nl.trede.casework.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** sources D2.5 (V-T art. 3, Pw art. 44a): the plan van aanpak's variant per klantgroep and its basics. */
class PlanRegelsTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 23);

    private static List<String> velden(String klantgroep, String variant, List<String> doelen, LocalDate overleg,
                                       LocalDate evaluatie) {
        return PlanRegels.toets(klantgroep, variant, doelen, overleg, evaluatie, VANDAAG).stream().map(f -> f[0])
                .toList();
    }

    @Test
    @DisplayName("sources D2.5: Matchen routekaart, Groeien trajectplan, Faciliteren/Zorg mijn-doel-actieplan, taalplan for all")
    void variantPerKlantgroep() {
        LocalDate later = VANDAAG.plusMonths(3);
        assertEquals(List.of(), velden("matchen", "routekaart", List.of("Werk"), VANDAAG, later));
        assertEquals(List.of("variant"), velden("matchen", "mijn-doel-actieplan", List.of("Werk"), VANDAAG, later));
        assertEquals(List.of(), velden("groeien", "trajectplan", List.of("Werk"), VANDAAG, later));
        assertEquals(List.of(), velden("zorg", "mijn-doel-actieplan", List.of("Rust"), VANDAAG, later));
        assertEquals(List.of(), velden("faciliteren", "taalplan", List.of("1F"), VANDAAG, later));
        assertEquals(List.of(), velden("werkbedrijf", "routekaart", List.of("Werk"), VANDAAG, later),
                "another municipality's klantgroep: any variant");
        assertEquals(List.of("variant"), velden("groeien", "werkplan", List.of("Werk"), VANDAAG, later));
    }

    @Test
    @DisplayName("V-T art. 3: after consultation with the klant (not in the future), goals, an evaluation date ahead")
    void basics() {
        assertEquals(List.of("doelen", "overlegMetKlantOp", "evaluatiedatum"),
                velden("groeien", "trajectplan", List.of(), VANDAAG.plusDays(1), VANDAAG));
    }
}
