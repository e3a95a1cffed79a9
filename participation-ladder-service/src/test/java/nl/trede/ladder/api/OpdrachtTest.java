package nl.trede.ladder.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.trede.ladder.domain.Aanleiding;
import nl.trede.ladder.domain.Leefgebied;
import nl.trede.ladder.domain.MetingBron;
import org.junit.jupiter.api.Test;

/**
 * A request reaches the domain as its command with every field under the same name (docs/architecture.md, "Layers
 * in a service": a resource maps its request to a domain command), so nothing the caller states is dropped.
 */
class OpdrachtTest {

    @Test
    void nieuweMetingKeepsEveryField() {
        NieuweMetingRequest request = new NieuweMetingRequest(UUID.randomUUID(),
                new NieuweMetingRequest.ModelKeuze("heemskerk", "2018"), 2, List.of("2.2", "2.4"),
                LocalDate.of(2026, 3, 2), MetingBron.KLANTMANAGER_GESPREK, Aanleiding.PERIODIEK, "klantmanager-17",
                Set.of(Leefgebied.SOCIAAL_NETWERK), "Toelichting", UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "Verkeerde sub-trede gekozen");
        assertZelfde(request, request.opdracht(), "meting");
    }

    @Test
    void modelVersieKeepsEveryTredeAndSubTrede() {
        List<ModelVersieRequest.TredeRequest> treden = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            treden.add(new ModelVersieRequest.TredeRequest(n, "Trede " + n, "Definitie " + n, "Voorbeeld " + n,
                    "Bron " + n, n + 1, n == 2 ? List.of(new ModelVersieRequest.SubTredeRequest("2.1", "Sociale "
                    + "activering", "Definitie 2.1", "Voorbeeld 2.1", "Bron 2.1", 6)) : null));
        }
        ModelVersieRequest request = new ModelVersieRequest("heemskerk", "Participatieladder Heemskerk", "2027",
                LocalDate.of(2027, 1, 1), LocalDate.of(2030, 12, 31), "Beleidsregels 2027", treden);
        assertZelfde(request, request.opdracht(), "model");
    }

    @Test
    void koppelingKeepsEveryRow() {
        KoppelingRequest request = new KoppelingRequest(new KoppelingRequest.ModelVersie("heemskerk", "2027"),
                new KoppelingRequest.ModelVersie("divosa", "2008"),
                List.of(new KoppelingRequest.Rij(1, null, 1, "[D]"), new KoppelingRequest.Rij(2, "2.2", 4, "H2.3")));
        assertZelfde(request, request.opdracht(), "koppeling");
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
