package nl.trede.platform.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class StrictRequestFilterTest {

    record Body(String naam) {
    }

    @SuppressWarnings("unused")
    static class Resource {
        public void withBody(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Body body) {
        }

        public void withoutBody(@PathParam("id") String id, @QueryParam("page") int page, UriInfo uri) {
        }
    }

    private static Method method(String name) {
        for (Method m : Resource.class.getDeclaredMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException(name);
    }

    @Test
    void anUnannotatedParameterIsTheBody() {
        assertTrue(StrictRequestFilter.takesBody(method("withBody")));
        assertFalse(StrictRequestFilter.takesBody(method("withoutBody")));
    }

    @Test
    void onlyApplicationJsonIsJson() {
        assertTrue(StrictRequestFilter.isJson(MediaType.valueOf("application/json")));
        assertTrue(StrictRequestFilter.isJson(MediaType.valueOf("application/json; charset=UTF-8")));
        assertFalse(StrictRequestFilter.isJson(null));
        assertFalse(StrictRequestFilter.isJson(MediaType.valueOf("text/plain")));
        assertFalse(StrictRequestFilter.isJson(MediaType.valueOf("*/*")));
        assertFalse(StrictRequestFilter.isJson(MediaType.valueOf("application/x-www-form-urlencoded")));
    }
}
