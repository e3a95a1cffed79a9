package nl.trede.casework.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.trede.casework.domain.VoorzieningRegels.Aanvraag;
import nl.trede.casework.domain.VoorzieningRegels.Voorwaarden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Eligibility per provision, table-driven from sources D2.6 (Re-integratieverordening Deventer 2021 V,
 * Beleidsregels Re-integratie 2021 BR). The conditions are written out here from the source, independently of the
 * shipped catalogue rows.
 */
class VoorzieningRegelsTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 1);

    private static final Voorwaarden WEP = new Voorwaarden("werkervaringsplaats", Set.of("groeien"), null, null, false,
            3, null, null, "BR art. 1");
    private static final Voorwaarden PROEFPLAATSING = new Voorwaarden("proefplaatsing", Set.of("matchen", "groeien"),
            null, null, false, 3, 20, null, "BR art. 2");
    private static final Voorwaarden PARTICIPATIE = new Voorwaarden("maatschappelijke-participatie", Set.of(), 27, null,
            false, null, null, null, "V art. 5a");
    private static final Voorwaarden LEER_WERK = new Voorwaarden("leer-werktraject", Set.of(), 16, 27, false, null,
            null, null, "V art. 8");
    private static final Voorwaarden SCHOLING = new Voorwaarden("scholing", Set.of("groeien"), null, null, false, 12,
            null, new BigDecimal("2500.00"), "BR art. 3");
    private static final Voorwaarden LKS = new Voorwaarden("loonkostensubsidie", Set.of(), null, null, true, null, null,
            null, "V art. 11");

    private static Aanvraag aanvraag(String klantgroep, int leeftijd, boolean register, LocalDate eind, Integer uren,
                                     String kosten) {
        return new Aanvraag(klantgroep, START.minusYears(leeftijd), register, START, eind, uren,
                kosten == null ? null : new BigDecimal(kosten));
    }

    static Stream<Arguments> rijen() {
        return Stream.of(
                // BR art. 1 lid 1: WEP for Groeien only; lid 3: at most three months.
                Arguments.of("P1 WEP, Groeien, 3 months", WEP, aanvraag("groeien", 30, false, START.plusMonths(3), null, null), List.of()),
                Arguments.of("P1 WEP, Matchen", WEP, aanvraag("matchen", 30, false, START.plusMonths(3), null, null), List.of("klantgroep")),
                Arguments.of("P1 WEP, 3 months + 1 day", WEP, aanvraag("groeien", 30, false, START.plusMonths(3).plusDays(1), null, null), List.of("maximale-duur")),
                // BR art. 2 lid 1, 3, 4 a: Matchen or Groeien, at most three months, at least 20 hours a week.
                Arguments.of("P2 proefplaatsing 20 h", PROEFPLAATSING, aanvraag("matchen", 30, false, START.plusMonths(2), 20, null), List.of()),
                Arguments.of("P2 proefplaatsing 19 h, Faciliteren", PROEFPLAATSING, aanvraag("faciliteren", 30, false, START.plusMonths(2), 19, null), List.of("klantgroep", "uren-per-week")),
                Arguments.of("P2 proefplaatsing without hours", PROEFPLAATSING, aanvraag("groeien", 30, false, START.plusMonths(2), null, null), List.of("uren-per-week")),
                // V art. 5a: 27 or older.
                Arguments.of("P4 participatie at 27", PARTICIPATIE, aanvraag("faciliteren", 27, false, START.plusYears(1), null, null), List.of()),
                Arguments.of("P4 participatie at 26", PARTICIPATIE, aanvraag("faciliteren", 26, false, START.plusYears(1), null, null), List.of("leeftijd")),
                // V art. 8: 16 or 17 (leerplicht), or 18 up to 27.
                Arguments.of("P7 leer-werk at 16", LEER_WERK, aanvraag("groeien", 16, false, START.plusYears(1), null, null), List.of()),
                Arguments.of("P7 leer-werk at 26", LEER_WERK, aanvraag("groeien", 26, false, START.plusYears(1), null, null), List.of()),
                Arguments.of("P7 leer-werk at 15", LEER_WERK, aanvraag("groeien", 15, false, START.plusYears(1), null, null), List.of("leeftijd")),
                Arguments.of("P7 leer-werk at 27", LEER_WERK, aanvraag("groeien", 27, false, START.plusYears(1), null, null), List.of("leeftijd")),
                // BR art. 3: Groeien, at most twelve months, at most EUR 2,500.
                Arguments.of("P5 scholing EUR 2,500", SCHOLING, aanvraag("groeien", 30, false, START.plusMonths(12), null, "2500.00"), List.of()),
                Arguments.of("P5 scholing EUR 2,500.01, 13 months", SCHOLING, aanvraag("groeien", 30, false, START.plusMonths(13), null, "2500.01"), List.of("maximale-duur", "maximaal-bedrag")),
                // V art. 11 (Pw 10c/10d): the doelgroep loonkostensubsidie.
                Arguments.of("P11 LKS in the register", LKS, aanvraag("groeien", 30, true, START.plusYears(1), null, null), List.of()),
                Arguments.of("P11 LKS not in the register", LKS, aanvraag("groeien", 30, false, START.plusYears(1), null, null), List.of("doelgroepregister")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rijen")
    void eligibility(String naam, Voorwaarden v, Aanvraag a, List<String> verwacht) {
        assertEquals(verwacht, VoorzieningRegels.toets(v, a).stream().map(VoorzieningRegels.Overtreding::regel).toList());
    }
}
