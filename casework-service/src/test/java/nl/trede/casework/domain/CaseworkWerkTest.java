package nl.trede.casework.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.UUID;
import nl.trede.platform.security.Roles;
import nl.trede.platform.werk.Werkitem;
import org.junit.jupiter.api.Test;

/** casework's tasks and offers as work items: the soort catalogue of docs/contracts/werkitems.md. */
class CaseworkWerkTest {

    private static final UUID ID = UUID.fromString("3f1e2d4c-5b6a-4798-8a9b-0c1d2e3f4a5b");
    private static final UUID ZAAK = UUID.fromString("2b7e4a1c-93f0-4d5e-8a6b-1c2d3e4f5a6b");
    private static final LocalDate DAG = LocalDate.of(2027, 3, 8);

    @Test
    void aKlantmanagersTaskIsForTheZaaksTeamAndAssignedToItsRegisseur() {
        Werkitem w = CaseworkWerk.taak(ID, "traject-review", DAG, Roles.KLANTMANAGER, ZAAK, "team-noord", "km-jansen",
                "matchen");
        assertEquals("taak:" + ID, w.id());
        assertEquals("casework.evaluatie", w.soort());
        assertEquals(ZAAK, w.zaakId());
        assertEquals("team-noord", w.team());
        assertEquals("km-jansen", w.toegewezenAan());
        assertEquals("matchen", w.klantgroep());
        assertEquals("/api/casework/v1/taken/" + ID, w.pad());
        assertEquals(Werkitem.OPEN, w.status());
        assertNull(w.grondslag(), "a municipal rule");
    }

    @Test
    void aTeamleidersEscalationIsForTheTeamNotForTheRegisseur() {
        Werkitem w = CaseworkWerk.taak(ID, "overdracht-verlopen", DAG, Roles.TEAMLEIDER, ZAAK, "team-noord",
                "km-jansen", null);
        assertEquals("casework.escalatie", w.soort());
        assertEquals("teamleider", w.rol());
        assertNull(w.toegewezenAan());
    }

    @Test
    void everyKnownTaskKindHasItsCatalogueCode() {
        assertEquals("casework.evaluatie", CaseworkWerk.soort("plan-evaluatie"));
        assertEquals("casework.evaluatie", CaseworkWerk.soort("evaluatie-klantgroep"));
        assertEquals("casework.review", CaseworkWerk.soort("nazorg-check-in"));
        assertEquals("casework.review", CaseworkWerk.soort("check-in-ondersteuning"));
        assertEquals("casework.escalatie", CaseworkWerk.soort("escalatie-ondersteuning"));
        assertEquals("casework.taak", CaseworkWerk.soort("zorg-afstemming"));
        assertEquals("casework.taak", CaseworkWerk.soort("overbrugging-tot-18"));
        assertEquals("casework.taak", CaseworkWerk.soort("iets-nieuws"));
    }

    @Test
    void theTextNamesNoProviderOrPerson() {
        // the task's own text names the aanbieder and the regisseur; the werkvoorraad gets a fixed text
        String tekst = CaseworkWerk.taak(ID, "check-in-ondersteuning", DAG, Roles.KLANTMANAGER, ZAAK, "team-noord",
                "km-jansen", null).omschrijving();
        assertEquals("Check-in bij de klant over de ondersteuning", tekst);
        assertFalse(tekst.contains("km-jansen"));
    }

    @Test
    void anOfferToATeamIsThatTeamsWorkAndToAnotherPartyThatPartys() {
        Werkitem team = CaseworkWerk.overdracht(ID, OverdrachtSoort.REGIE, OntvangerSoort.TEAM, "team-zuid", DAG, ZAAK,
                null);
        assertEquals("casework.overdracht", team.soort());
        assertEquals("overdracht:" + ID, team.id());
        assertEquals("team-zuid", team.team());
        assertNull(team.toegewezenAan());
        assertEquals("/api/casework/v1/overdrachten/" + ID, team.pad());
        Werkitem partij = CaseworkWerk.overdracht(ID, OverdrachtSoort.UITVOERING, OntvangerSoort.WERKBEDRIJF,
                "werkbedrijf-lucrato", DAG, ZAAK, null);
        assertNull(partij.team());
        assertEquals("werkbedrijf-lucrato", partij.toegewezenAan());
    }
}
