package nl.trede.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import nl.trede.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/**
 * The suite's one paging style (README "API conventions", paging): page from 1, pageSize 1-100, default 1 and 20; a
 * bad value is a 400 naming the parameter (ADR /core/error-handling/invalid-input); the answer has the RFC 8288
 * {@code Link} header.
 */
class PagineringTest {

    @Test
    void absentValuesAreTheDefaults() {
        assertEquals(new Paginering(1, 20), Paginering.of(null, " "));
        assertEquals(new Paginering(3, 100), Paginering.of("3", "100"));
        assertEquals(40, Paginering.of("3", "20").offset());
    }

    @Test
    void aValueOutOfRangeOrNotANumberIsA400NamingTheParameter() {
        for (String[] bad : new String[][] {{"0", null, "page"}, {"x", null, "page"}, {"-1", null, "page"},
                {null, "0", "pageSize"}, {null, "101", "pageSize"}, {null, "1.5", "pageSize"},
                {"99999999999", null, "page"}}) {
            ProblemException e = assertThrows(ProblemException.class, () -> Paginering.of(bad[0], bad[1]),
                    String.join(",", String.valueOf(bad[0]), String.valueOf(bad[1])));
            assertEquals(400, e.status());
            assertEquals(bad[2], e.invalidParams().get(0).name());
        }
    }

    @Test
    void theAnswerCarriesTheBodyAndTheLinkHeader() {
        URI request = URI.create("http://gateway:8080/api/x/v1/dingen?status=open&page=2&pageSize=1");
        UriInfo uri = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getRequestUri")) {
                        return request;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        Response response = Paginering.of("2", "1").antwoord("body", 3, uri);
        assertEquals(200, response.getStatus());
        assertEquals("body", response.getEntity());
        assertEquals("</api/x/v1/dingen?status=open&page=1&pageSize=1>; rel=\"first\", "
                + "</api/x/v1/dingen?status=open&page=1&pageSize=1>; rel=\"prev\", "
                + "</api/x/v1/dingen?status=open&page=3&pageSize=1>; rel=\"next\", "
                + "</api/x/v1/dingen?status=open&page=3&pageSize=1>; rel=\"last\"",
                response.getHeaderString("Link"));
    }
}
