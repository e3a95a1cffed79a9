package nl.trede.ladder.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.UUID;
import nl.trede.platform.werk.Werkitem;
import org.junit.jupiter.api.Test;

/** A due meting as a work item (docs/contracts/werkitems.md {@code ladder.meting}; sources H2.6, L5.3). */
class LadderWerkTest {

    private static final UUID KLANT = UUID.fromString("6f1c2f9e-3a43-4c1e-9a8e-0d3f4b1e2a10");
    private static final UUID ZAAK = UUID.fromString("2b7e4a1c-93f0-4d5e-8a6b-1c2d3e4f5a6b");
    private static final UUID TRAJECT = UUID.fromString("3f1e2d4c-5b6a-4798-8a9b-0c1d2e3f4a5b");
    private static final LocalDate DAG = LocalDate.of(2027, 3, 8);

    @Test
    void thePeriodicMetingIsPerModelForTheRegisseurOfTheOpenZaak() {
        Werkitem w = LadderWerk.werkitem(new MetingService.Verwacht("periodiek", KLANT, "heemskerk", UUID.randomUUID(),
                2, "2.2", DAG.minusMonths(6), DAG, null, null), new LadderWerk.Zaak(ZAAK, "team-werk", "km-a"),
                "ontwikkelen");
        assertEquals("verwachte-meting:" + KLANT + ":heemskerk", w.id());
        assertEquals("ladder.meting", w.soort());
        assertEquals(DAG, w.vervaldatum());
        assertEquals(ZAAK, w.zaakId());
        assertEquals("team-werk", w.team());
        assertEquals("km-a", w.toegewezenAan());
        assertEquals("ontwikkelen", w.klantgroep());
        assertEquals("klantmanager", w.rol());
        assertEquals(Werkitem.OPEN, w.status());
    }

    @Test
    void aTrajectMetingBelongsToTheTrajectsZaak() {
        // sources L5.3: the start and the end of a traject trigger a meting
        Werkitem start = LadderWerk.werkitem(new MetingService.Verwacht("traject-start", KLANT, null, null, null, null,
                null, DAG, TRAJECT, ZAAK), LadderWerk.Zaak.ONBEKEND, null);
        assertEquals("traject-start:" + TRAJECT, start.id());
        assertEquals(ZAAK, start.zaakId());
        Werkitem einde = LadderWerk.werkitem(new MetingService.Verwacht("traject-einde", KLANT, null, null, null, null,
                null, DAG, TRAJECT, ZAAK), LadderWerk.Zaak.ONBEKEND, null);
        assertEquals("traject-einde:" + TRAJECT, einde.id());
    }
}
