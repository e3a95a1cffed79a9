package nl.trede.platform.toegang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How the per-record check reads an operation: which parameter names the record, the klant, or the body's klant. */
class KlantToegangInterceptorTest {

    record Body(UUID klantId, String categorie) {
    }

    record ZonderKlant(String reden) {
    }

    @SuppressWarnings("unused")
    static class Resource {
        void stap(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Body body) {
        }

        void klant(@PathParam("klantId") String klantId, @QueryParam("page") int page) {
        }

        void sub(@PathParam("id") UUID id, @PathParam("afspraakId") UUID afspraak) {
        }
    }

    static Method method(String name) {
        for (Method m : Resource.class.getDeclaredMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException(name);
    }

    @Test
    void theIdTheKlantIdAndTheBodyAreFound() {
        assertEquals("[RECORD, ANDERS, BODY]", java.util.Arrays.toString(KlantToegangInterceptor.rollen(method("stap"))));
        assertEquals("[KLANT, ANDERS]", java.util.Arrays.toString(KlantToegangInterceptor.rollen(method("klant"))));
        assertEquals("[RECORD, ANDERS]", java.util.Arrays.toString(KlantToegangInterceptor.rollen(method("sub"))));
    }

    @Test
    void theBodysKlantId() {
        UUID klant = UUID.randomUUID();
        assertEquals(klant, KlantToegangInterceptor.klantIdVan(new Body(klant, "no-show")));
        assertNull(KlantToegangInterceptor.klantIdVan(new Body(null, "no-show")));
        assertNull(KlantToegangInterceptor.klantIdVan(new ZonderKlant("x")));
        assertNull(KlantToegangInterceptor.klantIdVan(null));
    }
}
