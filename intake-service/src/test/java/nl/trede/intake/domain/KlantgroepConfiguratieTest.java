package nl.trede.intake.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.trede.intake.domain.KlantgroepConfiguratie.Breuk;
import nl.trede.intake.domain.KlantgroepConfiguratie.Groep;
import org.junit.jupiter.api.Test;

/** The rules of a working klantgroep configuration, on the configuration as it would be after a change. */
class KlantgroepConfiguratieTest {

    /** Re-integratieverordening Deventer 2021 art. 1 b-e: Matchen 6 months, Groeien 3 years, Faciliteren, Zorg. */
    private static final List<Groep> DEVENTER = List.of(new Groep("matchen", true, "deventer-2021", 6),
            new Groep("groeien", true, "deventer-2021", 36), new Groep("faciliteren", true, "deventer-2021", null),
            new Groep("zorg", true, "deventer-2021", null), new Groep("werkbedrijf", false, "apeldoorn-2017", 12),
            new Groep("activering", false, "apeldoorn-2017", 36));

    private static List<String> codes(List<Breuk> breuken) {
        return breuken.stream().map(Breuk::code).toList();
    }

    @Test
    void theShippedStelselsWork() {
        assertEquals(List.of(), KlantgroepConfiguratie.toets(DEVENTER));
        // Apeldoorn (Adviesraad VWI Apeldoorn 2017): werkbedrijf within 12 months, activering 1-3 years.
        assertEquals(List.of(), KlantgroepConfiguratie.toets(KlantgroepConfiguratie.metStelsel(DEVENTER,
                "apeldoorn-2017")));
    }

    @Test
    void deventerProductenboek223AtLeastOneActiveKlantgroep() {
        List<Groep> geen = DEVENTER.stream().map(g -> new Groep(g.code(), false, g.stelsel(), g.horizonMaanden()))
                .toList();
        assertEquals(List.of("geen-actieve-klantgroep"), codes(KlantgroepConfiguratie.toets(geen)));
        assertEquals(List.of("geen-actieve-klantgroep"), codes(KlantgroepConfiguratie.toets(
                KlantgroepConfiguratie.metStelsel(DEVENTER, "bestaat-niet"))));
    }

    @Test
    void oneStelselIsActive() {
        // Moving one active Deventer klantgroep to another stelsel, or activating one of Apeldoorn's beside them.
        assertEquals(List.of("stelsels-gemengd"), codes(KlantgroepConfiguratie.toets(KlantgroepConfiguratie.met(
                DEVENTER, new Groep("matchen", true, "anders", 6)))));
        assertEquals(List.of("stelsels-gemengd"), codes(KlantgroepConfiguratie.toets(KlantgroepConfiguratie.met(
                DEVENTER, new Groep("werkbedrijf", true, "apeldoorn-2017", 12)))));
        // Moving the only active klantgroep to a new stelsel keeps one stelsel.
        List<Groep> een = List.of(new Groep("enkel", true, "oud", null));
        assertEquals(List.of(), KlantgroepConfiguratie.toets(KlantgroepConfiguratie.met(een,
                new Groep("enkel", true, "nieuw", null))));
    }

    @Test
    void apeldoornA4TheHorizonDecidesSoActiveHorizonsDiffer() {
        assertEquals(List.of("horizon-dubbel"), codes(KlantgroepConfiguratie.toets(KlantgroepConfiguratie.met(
                DEVENTER, new Groep("groeien", true, "deventer-2021", 6)))));
        // Groups without a horizon (Faciliteren, Zorg) are told apart by their definition, and inactive ones count not.
        assertEquals(List.of(), KlantgroepConfiguratie.toets(KlantgroepConfiguratie.met(DEVENTER,
                new Groep("activering", false, "apeldoorn-2017", 6))));
    }

    @Test
    void everyBrokenRuleIsNamed() {
        List<Groep> beide = KlantgroepConfiguratie.met(KlantgroepConfiguratie.met(DEVENTER,
                new Groep("groeien", true, "deventer-2021", 6)), new Groep("werkbedrijf", true, "apeldoorn-2017", 12));
        assertEquals(List.of("stelsels-gemengd", "horizon-dubbel"), codes(KlantgroepConfiguratie.toets(beide)));
    }
}
