package nl.trede.intake.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.UUID;
import nl.trede.platform.werk.Werkitem;
import org.junit.jupiter.api.Test;

/** An intake deadline as a work item: the soort catalogue and grondslagen of docs/contracts/werkitems.md. */
class IntakeWerkTest {

    private static final UUID TERMIJN = UUID.fromString("3f1e2d4c-5b6a-4798-8a9b-0c1d2e3f4a5b");
    private static final UUID MELDING = UUID.fromString("2b7e4a1c-93f0-4d5e-8a6b-1c2d3e4f5a6b");
    private static final LocalDate DAG = LocalDate.of(2027, 3, 8);

    @Test
    void theBeslistermijnIsOpenWorkOnTheAanvraagWithItsLegalBasis() {
        // Pw art. 44 lid 1 with Awb art. 4:13: the decision on the aanvraag within 8 weeks.
        Werkitem w = IntakeWerk.werkitem(TERMIJN, MELDING, TermijnSoort.BESLISSING, DAG, "matchen");
        assertEquals("termijn:" + TERMIJN, w.id());
        assertEquals("intake.beslistermijn", w.soort());
        assertEquals("Pw art. 44 lid 1; Awb art. 4:13", w.grondslag());
        assertEquals(Werkitem.OPEN, w.status());
        assertEquals("intake-medewerker", w.rol());
        assertEquals("/api/intake/v1/meldingen/" + MELDING, w.pad());
        assertEquals(DAG, w.vervaldatum());
        assertEquals("matchen", w.klantgroep());
        assertNull(w.zaakId());
        assertNull(w.team());
        assertNull(w.toegewezenAan());
    }

    @Test
    void theAanvultermijnIsAwb45AndTheZoektermijnATermToWatch() {
        assertEquals("intake.aanvultermijn", IntakeWerk.werkitem(TERMIJN, MELDING, TermijnSoort.AANVULTERMIJN, DAG,
                null).soort());
        assertEquals("Awb art. 4:5", IntakeWerk.werkitem(TERMIJN, MELDING, TermijnSoort.AANVULTERMIJN, DAG, null)
                .grondslag());
        // Pw art. 41 lid 4: the aanvraag of an applicant under 27 can be made 4 weeks after the melding; nobody acts
        // before that.
        Werkitem zoektermijn = IntakeWerk.werkitem(TERMIJN, MELDING, TermijnSoort.ZOEKTERMIJN, DAG, null);
        assertEquals("intake.zoektermijn", zoektermijn.soort());
        assertEquals(Werkitem.BEWAKEN, zoektermijn.status());
        assertEquals("Pw art. 41 lid 4", zoektermijn.grondslag());
    }

    @Test
    void everyOtherDeadlineIsAnIntakeTermijnWithAFixedText() {
        for (TermijnSoort soort : TermijnSoort.values()) {
            Werkitem w = IntakeWerk.werkitem(TERMIJN, MELDING, soort, DAG, null);
            if (soort != TermijnSoort.BESLISSING && soort != TermijnSoort.AANVULTERMIJN
                    && soort != TermijnSoort.ZOEKTERMIJN) {
                assertEquals("intake.termijn", w.soort(), soort.code());
                assertNull(w.grondslag(), "a municipal term (productenboek) has no legal basis: " + soort.code());
                assertEquals(Werkitem.OPEN, w.status());
            }
        }
    }
}
