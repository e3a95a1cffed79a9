package nl.trede.casework.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Who answers an offer (README.md#tokens-and-roles), who sees a zaak and R-26, as plain rules: the receiver named by
 * the offer's code (a member by the token's teams claim, or that user); the sender's side; a ketenpartner never sees
 * a zaak itself; the regisseur is no executing party without an approved deviation.
 */
class OverdrachtOntvangerTest {

    private static final ZaakInzage KM_B = new ZaakInzage("km-b", Set.of("team-b"), false);
    private static final ZaakInzage KM_X = new ZaakInzage("km-x", Set.of("team-x"), false);
    private static final ZaakInzage KM_A = new ZaakInzage("km-a", Set.of("team-werk"), false);
    private static final ZaakInzage PARTNER_B = ZaakInzage.ketenpartner("partner-1", Set.of("team-b"));
    private static final ZaakInzage LUCRATO = ZaakInzage.ketenpartner("lucrato-1", Set.of("werkbedrijf-lucrato"));
    private static final ZaakInzage TL_WERK = new ZaakInzage("tl-w", Set.of("team-werk"), true, true);

    private static boolean mag(OverdrachtRegels.Stap stap, ZaakInzage wie, boolean teamleider, OverdrachtSoort soort,
                               String ontvanger) {
        return OverdrachtRegels.magStap(stap, wie, teamleider, soort, ontvanger, "km-a", "km-a").isEmpty();
    }

    @Test
    @DisplayName("Only the receiving team's member accepts or rejects a regie offer; the regie not by a ketenpartner")
    void regie() {
        for (OverdrachtRegels.Stap stap : List.of(OverdrachtRegels.Stap.ACCEPTATIE, OverdrachtRegels.Stap.AFWIJZING)) {
            assertTrue(mag(stap, KM_B, false, OverdrachtSoort.REGIE, "team-b"), stap.name());
            assertFalse(mag(stap, KM_X, false, OverdrachtSoort.REGIE, "team-b"), stap.name());
            assertFalse(mag(stap, KM_A, false, OverdrachtSoort.REGIE, "team-b"), "the sender is no receiver");
            assertFalse(mag(stap, TL_WERK, true, OverdrachtSoort.REGIE, "team-b"), "a teamleider of another team");
        }
        assertFalse(mag(OverdrachtRegels.Stap.ACCEPTATIE, PARTNER_B, false, OverdrachtSoort.REGIE, "team-b"));
        assertTrue(mag(OverdrachtRegels.Stap.AFWIJZING, PARTNER_B, false, OverdrachtSoort.REGIE, "team-b"));
        assertFalse(mag(OverdrachtRegels.Stap.ACCEPTATIE, new ZaakInzage("team-b", Set.of(), false), false,
                OverdrachtSoort.REGIE, "team-b"), "a user named like the team is no member of it");
        assertEquals(403, OverdrachtRegels.magStap(OverdrachtRegels.Stap.ACCEPTATIE, KM_X, false,
                OverdrachtSoort.REGIE, "team-b", "km-a", "km-a").orElseThrow().status());
    }

    @Test
    @DisplayName("An uitvoering offer: the organisation's account or the named user; the sender's side withdraws")
    void uitvoeringEnZender() {
        assertTrue(mag(OverdrachtRegels.Stap.ACCEPTATIE, LUCRATO, false, OverdrachtSoort.UITVOERING,
                "werkbedrijf-lucrato"));
        assertTrue(mag(OverdrachtRegels.Stap.ACCEPTATIE, ZaakInzage.ketenpartner("jc-1", Set.of()), false,
                OverdrachtSoort.UITVOERING, "jc-1"));
        assertFalse(mag(OverdrachtRegels.Stap.ACCEPTATIE, PARTNER_B, false, OverdrachtSoort.UITVOERING,
                "werkbedrijf-lucrato"));
        assertTrue(mag(OverdrachtRegels.Stap.KENNISMAKING, KM_A, false, OverdrachtSoort.UITVOERING, "werkbedrijf-lucrato"));
        assertTrue(mag(OverdrachtRegels.Stap.KENNISMAKING, LUCRATO, false, OverdrachtSoort.UITVOERING,
                "werkbedrijf-lucrato"));
        assertFalse(mag(OverdrachtRegels.Stap.KENNISMAKING, KM_X, false, OverdrachtSoort.UITVOERING,
                "werkbedrijf-lucrato"));
        assertTrue(mag(OverdrachtRegels.Stap.INTREKKING, KM_A, false, OverdrachtSoort.UITVOERING, "werkbedrijf-lucrato"));
        assertTrue(mag(OverdrachtRegels.Stap.INTREKKING, TL_WERK, true, OverdrachtSoort.UITVOERING,
                "werkbedrijf-lucrato"));
        assertFalse(mag(OverdrachtRegels.Stap.INTREKKING, LUCRATO, false, OverdrachtSoort.UITVOERING,
                "werkbedrijf-lucrato"));
    }

    @Test
    @DisplayName("The new regisseur is the accepting member, or named by a teamleider; an uitvoering's contact is free")
    void contactpersoon() {
        assertTrue(OverdrachtRegels.contactpersoon(OverdrachtSoort.REGIE, "km-b", KM_B, false).isEmpty());
        assertTrue(OverdrachtRegels.contactpersoon(OverdrachtSoort.REGIE, "km-x", KM_B, false).isPresent());
        assertTrue(OverdrachtRegels.contactpersoon(OverdrachtSoort.REGIE, "km-c", KM_B, true).isEmpty());
        assertTrue(OverdrachtRegels.contactpersoon(OverdrachtSoort.UITVOERING, "jc-de-vries", LUCRATO, false)
                .isEmpty());
    }

    @Test
    @DisplayName("A ketenpartner never sees a zaak, only the offers to it; a receiver sees the offer in every state")
    void ketenpartnerZietGeenZaak() {
        assertFalse(PARTNER_B.magZien("team-b", null, Set.of("team-b")));
        assertTrue(PARTNER_B.magOverdrachtZien(false, "team-b"));
        assertFalse(PARTNER_B.magOverdrachtZien(false, "team-c"));
        assertTrue(KM_B.magZien("team-werk", "km-a", Set.of("team-b")), "an open offer to my team");
        assertFalse(KM_B.magZien("team-werk", "km-a", Set.of()), "no longer once it is answered");
        assertTrue(KM_B.magOverdrachtZien(false, "team-b"), "the answered offer itself stays visible");
    }

    @Test
    @DisplayName("R-26: the regisseur is no executing party, unless their deviation was approved")
    void regisseurVoertNietUit() {
        assertEquals("km-a", RegieRegels.regisseurVoertUit("km-a", List.of("wb-noord", "km-a"), Set.of())
                .orElseThrow());
        assertTrue(RegieRegels.regisseurVoertUit("km-a", List.of("km-a"), Set.of("km-a")).isEmpty());
        assertTrue(RegieRegels.regisseurVoertUit("km-a", List.of("km-a"), Set.of("km-b")).isPresent(),
                "another person's deviation does not count");
        assertTrue(RegieRegels.regisseurVoertUit(null, List.of("km-a"), Set.of()).isEmpty(), "the team queue");
        assertTrue(RegieRegels.regisseurVoertUit("km-a", List.of("wb-noord"), Set.of()).isEmpty());
    }
}
