package nl.trede.intake.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.trede.intake.domain.Afwijzingsreden;
import nl.trede.intake.domain.Hulpvraag;
import nl.trede.intake.domain.JuisteLoket;
import nl.trede.intake.domain.Kanaal;
import nl.trede.intake.domain.MelderSoort;
import nl.trede.intake.domain.MeldingType;
import nl.trede.intake.domain.Zelfbeoordeling;
import org.junit.jupiter.api.Test;

/**
 * A request reaches the domain as its command with every field under the same name (docs/architecture.md, "Layers
 * in a service": a resource maps its request to a domain command), so nothing the caller states is dropped.
 */
class OpdrachtTest {

    @Test
    void nieuweMeldingKeepsEveryField() {
        MeldingRequest request = new MeldingRequest(MeldingType.SIGNAAL_KETENPARTNER, "999990342", "J. Jansen",
                LocalDate.of(1990, 5, 17), Kanaal.DIGITAAL, true, LocalDate.of(2025, 7, 1), false,
                new MeldingRequest.Melder("VSO-school Lelystad", MelderSoort.VSO_SCHOOL), LocalDate.of(2027, 7, 1),
                new BigDecimal("1800.00"), true, LocalDate.of(2026, 3, 6));
        assertZelfde(request, request.opdracht(), "melding");
    }

    @Test
    void nieuweMeldingWithoutMelder() {
        MeldingRequest request = new MeldingRequest(MeldingType.TIP_HANDHAVING, "999990342", "J. Jansen",
                LocalDate.of(1990, 5, 17), null, null, null, null, null, null, null, null, null);
        assertZelfde(request, request.opdracht(), "melding");
    }

    @Test
    void workflowStepsKeepEveryField() {
        WorkflowRequests.ScreeningRequest screening = new WorkflowRequests.ScreeningRequest(
                Set.of(Hulpvraag.INKOMEN, Hulpvraag.WERK), JuisteLoket.UWV, "Recht op WW", true, false, true,
                "Gesprek gevoerd");
        assertZelfde(screening, screening.opdracht(), "screening");
        WorkflowRequests.AmbitiegesprekRequest ambitie = new WorkflowRequests.AmbitiegesprekRequest(
                Zelfbeoordeling.DARIUZ, "Wil werken in de logistiek", "Rijbewijs");
        assertZelfde(ambitie, ambitie.opdracht(), "ambitiegesprek");
        WorkflowRequests.KlantgroepBesluitRequest besluit = new WorkflowRequests.KlantgroepBesluitRequest("matchen",
                "groeien", "Kan binnen zes maanden aan het werk");
        assertZelfde(besluit, besluit.opdracht(), "klantgroepbesluit");
        WorkflowRequests.AfwijzingRequest afwijzing = new WorkflowRequests.AfwijzingRequest(
                Afwijzingsreden.VERWEZEN_UWV, "WW-aanvraag loopt");
        assertZelfde(afwijzing, afwijzing.opdracht(), "afwijzing");
    }

    /** Same components by name and value; nested records and lists of them compared the same way. */
    static void assertZelfde(Object request, Object opdracht, String pad) {
        if (request instanceof Record) {
            RecordComponent[] velden = request.getClass().getRecordComponents();
            RecordComponent[] doel = opdracht.getClass().getRecordComponents();
            assertEquals(Arrays.stream(velden).map(RecordComponent::getName).toList(),
                    Arrays.stream(doel).map(RecordComponent::getName).toList(), pad);
            for (int i = 0; i < velden.length; i++) {
                assertZelfde(waarde(velden[i], request), waarde(doel[i], opdracht), pad + "." + velden[i].getName());
            }
        } else if (request instanceof List<?> lijst) {
            assertTrue(opdracht instanceof List<?>, pad);
            List<?> doel = (List<?>) opdracht;
            assertEquals(lijst.size(), doel.size(), pad);
            for (int i = 0; i < lijst.size(); i++) {
                assertZelfde(lijst.get(i), doel.get(i), pad + "[" + i + "]");
            }
        } else {
            assertEquals(request, opdracht, pad);
        }
    }

    private static Object waarde(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
