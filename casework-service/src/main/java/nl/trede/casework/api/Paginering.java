package nl.trede.casework.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.trede.platform.api.PageLinks;

/**
 * The paging of every casework list ({@code page} from 1, {@code pageSize} 1 to {@link #MAX}, default
 * {@link #STANDAARD}): the body carries {@code page}, {@code pageSize} and {@code totalItems}, the {@code Link} header
 * the first, previous, next and last pages (RFC 8288). The limits are validated on the parameters (400 naming them).
 */
final class Paginering {

    static final int MAX = 100;
    static final int STANDAARD = 20;
    static final String LINK_BESCHRIJVING = "first, prev, next and last pages (RFC 8288), with the request's other "
            + "parameters";

    private Paginering() {
    }

    static Response antwoord(Object body, int page, int pageSize, long totalItems, UriInfo uri) {
        return Response.ok(body).header("Link", PageLinks.header(uri.getRequestUri(), page, pageSize, totalItems))
                .build();
    }
}
