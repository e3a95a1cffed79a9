package nl.trede.worklist.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.trede.platform.toegang.ZaakRegie;
import org.junit.jupiter.api.Test;

/** When a user gets a signalering (worklist-service/README.md "Signaleringen"). */
class SignaleringRegelsTest {

    private static final UUID KLANT = UUID.randomUUID();
    private static final LocalDate VANDAAG = LocalDate.of(2027, 1, 27);

    static Werkitem item(String id, String soort, String status, String team, String toegewezenAan, LocalDate datum) {
        return new Werkitem(Bron.CASEWORK, KLANT, id, soort, "Werk", null, datum, null, status, "klantmanager", team,
                toegewezenAan, null, "/api/casework/v1/zaken/x");
    }

    @Test
    void newOrReassignedWorkSignalsTheAssignee() {
        Werkitem a = item("taak:1", "casework.taak", "open", "team-werk", "km-a", VANDAAG);
        Werkitem b = item("taak:2", "casework.taak", "open", "team-werk", null, VANDAAG);
        List<NieuweSignalering> eerst = SignaleringRegels.bijSnapshot(List.of(), List.of(a, b));
        assertEquals(1, eerst.size(), "only the assigned item");
        assertEquals(SignaleringSoort.TOEGEWEZEN, eerst.get(0).soort());
        assertEquals(Ontvanger.gebruiker("km-a"), eerst.get(0).ontvanger());
        assertEquals(List.of(), SignaleringRegels.bijSnapshot(List.of(a, b), List.of(a, b)), "nothing new");
        Werkitem overgedragen = item("taak:1", "casework.taak", "open", "team-werk", "km-b", VANDAAG);
        assertEquals(Ontvanger.gebruiker("km-b"), SignaleringRegels.bijSnapshot(List.of(a), List.of(overgedragen))
                .get(0).ontvanger(), "changed hands");
    }

    @Test
    void aNewOverdrachtSignalsTheReceivingTeamOrPerson() {
        Werkitem aanTeam = item("overdracht:1", Werkitem.OVERDRACHT, "open", "team-zorg", null, VANDAAG);
        Werkitem aanPersoon = item("overdracht:2", Werkitem.OVERDRACHT, "open", "team-zorg", "km-z", VANDAAG);
        List<NieuweSignalering> s = SignaleringRegels.bijSnapshot(List.of(), List.of(aanTeam, aanPersoon));
        assertEquals(List.of(Ontvanger.team("team-zorg"), Ontvanger.gebruiker("km-z")),
                s.stream().map(NieuweSignalering::ontvanger).toList());
        assertTrue(s.stream().allMatch(x -> x.soort() == SignaleringSoort.OVERDRACHT_AANGEBODEN));
        assertEquals(List.of(), SignaleringRegels.bijSnapshot(List.of(aanTeam), List.of(aanTeam)), "offered once");
    }

    @Test
    void termijnTomorrowAndOverdueForOpenWorkOnly() {
        assertEquals(Optional.of(SignaleringSoort.TERMIJN_MORGEN), SignaleringRegels.termijn(
                item("t", "casework.taak", "open", null, null, VANDAAG.plusDays(1)), VANDAAG));
        assertEquals(Optional.of(SignaleringSoort.TERMIJN_VERLOPEN), SignaleringRegels.termijn(
                item("t", "casework.taak", "open", null, null, VANDAAG.minusDays(1)), VANDAAG));
        assertEquals(Optional.empty(), SignaleringRegels.termijn(
                item("t", "casework.taak", "open", null, null, VANDAAG), VANDAAG), "due today: no signal yet");
        assertEquals(Optional.empty(), SignaleringRegels.termijn(
                item("t", "enforcement.bezwaartermijn", "bewaken", null, null, VANDAAG.minusDays(1)), VANDAAG),
                "a watched term (Awb art. 6:7 bezwaartermijn) needs nobody to act");
    }

    @Test
    void termijnRecipient() {
        ZaakRegie metRegisseur = new ZaakRegie(UUID.randomUUID(), KLANT, "team-werk", "km-r", false);
        ZaakRegie inWachtrij = new ZaakRegie(UUID.randomUUID(), KLANT, "team-werk", null, false);
        assertEquals(Ontvanger.gebruiker("km-a"), SignaleringRegels.termijnOntvanger(
                item("t", "casework.taak", "open", "team-x", "km-a", VANDAAG), List.of(metRegisseur)));
        assertEquals(Ontvanger.team("team-x"), SignaleringRegels.termijnOntvanger(
                item("t", "casework.taak", "open", "team-x", null, VANDAAG), List.of(metRegisseur)));
        assertEquals(Ontvanger.gebruiker("km-r"), SignaleringRegels.termijnOntvanger(
                item("t", "ladder.meting", "open", null, null, VANDAAG), List.of(metRegisseur)));
        assertEquals(Ontvanger.team("team-werk"), SignaleringRegels.termijnOntvanger(
                item("t", "ladder.meting", "open", null, null, VANDAAG), List.of(inWachtrij)));
        assertEquals(Ontvanger.rol("klantmanager"), SignaleringRegels.termijnOntvanger(
                item("t", "ladder.meting", "open", null, null, VANDAAG), List.of()));
    }

    /** casework-service/README.md "handhaving vs zorg": a maatregel for a klant with active zorg goes to the regisseur. */
    @Test
    void maatregelForActiveZorgGoesToTheRegisseur() {
        ZaakRegie zaak = new ZaakRegie(UUID.randomUUID(), KLANT, "team-zorg", "km-z", false);
        assertEquals(Optional.of(Ontvanger.gebruiker("km-z")), SignaleringRegels.maatregel(zaak, "zorg", null));
        assertEquals(Optional.of(Ontvanger.gebruiker("km-z")), SignaleringRegels.maatregel(zaak, "matchen", true),
                "casework's actieveZorg flag");
        assertEquals(Optional.empty(), SignaleringRegels.maatregel(zaak, "matchen", false));
        assertEquals(Optional.empty(), SignaleringRegels.maatregel(
                new ZaakRegie(zaak.zaakId(), KLANT, "team-zorg", null, false), "zorg", null), "team queue");
        assertEquals(Optional.empty(), SignaleringRegels.maatregel(
                new ZaakRegie(zaak.zaakId(), KLANT, "team-zorg", "km-z", true), "zorg", null), "closed");
        assertEquals(Optional.empty(), SignaleringRegels.maatregel(null, "zorg", null), "unknown zaak");
    }

    @Test
    void recipientsReachTheRightCallers() {
        Zicht km = new Zicht("km-a", java.util.Set.of("team-werk"), java.util.Set.of("klantmanager"));
        Zicht hh = new Zicht("hh", java.util.Set.of("team-werk"), java.util.Set.of("handhaver"));
        assertTrue(Ontvanger.team("team-werk").bereikt(km));
        assertTrue(!Ontvanger.team("team-werk").bereikt(hh), "a handhaver's teams do not count");
        assertTrue(Ontvanger.rol("handhaver").bereikt(hh));
        assertTrue(!Ontvanger.rol("klantmanager").bereikt(km), "no klantmanager role queue");
        assertTrue(Ontvanger.gebruiker("km-a").bereikt(km));
    }
}
