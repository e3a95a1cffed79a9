package nl.trede.casework.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one per-record check cannot be forgotten: every operation on a record by its id names what the id is. */
class ZaakInzageFilterTest {

    private static final List<Class<?>> RESOURCES = List.of(ZaakResource.class, ZaakRegieResource.class,
            ZaakGedragingResource.class, ZaakOverdrachtResource.class, ZaakTrajectResource.class, ZaakPlanResource.class,
            ZaakOndersteuningResource.class, OverdrachtResource.class, AfwijkingResource.class, TaakResource.class,
            TrajectResource.class, OndersteuningResource.class, CaseloadResource.class, AuditResource.class);

    @Test
    @DisplayName("Every operation with a UUID path parameter carries @ZaakVerwerking, so ZaakInzageFilter checks it")
    void elkeOperatieOpEenRecordWordtGecontroleerd() {
        List<String> zonder = new ArrayList<>();
        int gecontroleerd = 0;
        for (Class<?> resource : RESOURCES) {
            for (Method m : resource.getDeclaredMethods()) {
                if (!m.isAnnotationPresent(GET.class) && !m.isAnnotationPresent(POST.class)) {
                    continue;
                }
                if (ZaakInzageFilter.eersteUuidPad(m) == null) {
                    continue;
                }
                gecontroleerd++;
                if (!m.isAnnotationPresent(ZaakVerwerking.class)) {
                    zonder.add(resource.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertEquals(List.of(), zonder);
        assertEquals(true, gecontroleerd > 30, "found " + gecontroleerd);
    }
}
