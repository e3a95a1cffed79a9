package nl.trede.enforcement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.enforcement.domain.GwsOpdracht.Actie;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The feed's instructions per mutatie soort: what the benefit system does from which date. */
class GwsOpdrachtTest {

    static final UUID M = UUID.fromString("00000000-0000-0000-0000-000000000001");

    static Map<String, Object> mutatie(String soort, Object... kv) {
        Map<String, Object> m = new HashMap<>(Map.of("soort", soort, "maatregelId", M.toString()));
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    @DisplayName("Pw art. 18 lid 5 / verordening: a recurring percentage per period, one instruction per period")
    void aVerlagingIsAPercentagePerMonthPerPeriod() {
        Map<String, Object> taaleis = mutatie("verlaging", "perioden", List.of(
                Map.of("start", "2026-01-15", "eind", "2026-07-14", "percentage", 20, "bedragPerMaand", 280.31),
                new HashMap<>(Map.of("start", "2027-01-15", "percentage", 100))));
        List<GwsOpdracht> o = GwsOpdracht.van(taaleis);
        assertEquals(new GwsOpdracht(Actie.VERLAGEN, M, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 7, 14), 20,
                new BigDecimal("280.31")), o.get(0));
        assertEquals(new GwsOpdracht(Actie.VERLAGEN, M, LocalDate.of(2027, 1, 15), null, 100, null), o.get(1));
    }

    /**
     * Pw art. 18b / PB ch. 9: the taaleis periods count from the vaststelling, which lies before the besluit; GWS
     * applies them from the besluit on, so the instruction says that date (not a date GWS cannot apply), and a
     * period that ended before the besluit is no instruction at all. Before, vanaf was the vaststelling.
     */
    @Test
    @DisplayName("Pw art. 18b: a taaleis period says from when it applies (the besluit), not the vaststelling")
    void aTaaleisPeriodAppliesFromTheBesluit() {
        Map<String, Object> taaleis = mutatie("verlaging", "besluitdatum", "2026-08-03", "perioden", List.of(
                Map.of("start", "2026-01-15", "eind", "2026-07-14", "percentage", 20),
                Map.of("start", "2026-07-15", "eind", "2027-01-14", "percentage", 40),
                new HashMap<>(Map.of("start", "2027-01-15", "percentage", 100))));
        assertEquals(List.of(new GwsOpdracht(Actie.VERLAGEN, M, LocalDate.of(2026, 8, 3), LocalDate.of(2027, 1, 14),
                        40, null), new GwsOpdracht(Actie.VERLAGEN, M, LocalDate.of(2027, 1, 15), null, 100, null)),
                GwsOpdracht.van(taaleis));
        // a verlaging from the month after the besluit is unchanged
        assertEquals(LocalDate.of(2026, 9, 1), GwsOpdracht.van(mutatie("verlaging", "besluitdatum", "2026-08-03",
                "perioden", List.of(Map.of("start", "2026-09-01", "eind", "2026-09-30", "percentage", 30))))
                .get(0).vanaf());
    }

    /** A lifted blokkering and Zorg's stopzetting (PB §6.3.1, §7.2): one instruction each, from the date. */
    @Test
    @DisplayName("PB §5.3.2, §6.3.1, §7.2: deblokkeren and stopzetten from their date, open-ended")
    void deblokkerenEnStopzetten() {
        assertEquals(List.of(new GwsOpdracht(Actie.DEBLOKKEREN, M, LocalDate.of(2026, 12, 14), null, null, null)),
                GwsOpdracht.van(mutatie("deblokkering", "gedeblokkeerdPer", "2026-12-14")));
        assertEquals(List.of(new GwsOpdracht(Actie.STOPZETTEN, M, LocalDate.of(2027, 1, 1), null, null, null)),
                GwsOpdracht.van(mutatie("stopzetting", "stopgezetPer", "2027-01-01")));
    }

    @Test
    @DisplayName("Deventer PB ch. 8 (€ 50), PB §7.2 (blokkering), Pw art. 18 lid 11 and samenloop (end, withdraw)")
    void oneOffBlokkeringEndAndWithdraw() {
        assertEquals(List.of(new GwsOpdracht(Actie.VERREKENEN, M, LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31), null, new BigDecimal("50.0"))), GwsOpdracht.van(mutatie(
                "eenmalige-verlaging", "bedragEenmalig", 50.0, "perioden", List.of(Map.of("start", "2026-12-01",
                        "eind", "2026-12-31", "percentage", 0)))));
        assertEquals(List.of(new GwsOpdracht(Actie.BLOKKEREN, M, LocalDate.of(2026, 11, 23), null, null, null)),
                GwsOpdracht.van(mutatie("blokkering", "geblokkeerdPer", "2026-11-23")));
        assertEquals(List.of(new GwsOpdracht(Actie.BEEINDIGEN, M, LocalDate.of(2027, 1, 16), null, null, null)),
                GwsOpdracht.van(mutatie("herziening", "herzienPer", "2027-01-16", "einddatum", "2027-01-15")));
        assertEquals(List.of(new GwsOpdracht(Actie.INTREKKEN, M, null, null, null, null)),
                GwsOpdracht.van(mutatie("vervallen")));
        assertThrows(IllegalArgumentException.class, () -> GwsOpdracht.van(mutatie("iets")));
    }
}
