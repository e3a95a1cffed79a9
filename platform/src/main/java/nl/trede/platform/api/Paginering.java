package nl.trede.platform.api;

import jakarta.ws.rs.core.Response;
import java.util.List;
import jakarta.ws.rs.core.UriInfo;
import nl.trede.platform.problem.ProblemException;

/**
 * The one paging style of every list in the suite: {@code page} from 1 (default 1), {@code pageSize} from 1 to
 * {@link #MAX} (default {@link #STANDAARD}); the body carries the list under its plural name plus {@code page},
 * {@code pageSize} and {@code totalItems}; the {@code Link} header (RFC 8288) always has {@code first} and
 * {@code last}, and {@code prev}/{@code next} where those pages exist (see {@link PageLinks}). A value that is not a
 * whole number in range is a 400 problem naming the parameter (ADR /core/error-handling/invalid-input).
 *
 * @param page     the requested page, from 1
 * @param pageSize the requested page size, 1 to {@link #MAX}
 */
public record Paginering(int page, int pageSize) {

    public static final int MAX = 100;
    public static final int STANDAARD = 20;
    public static final String LINK_BESCHRIJVING = "first, prev, next and last pages (RFC 8288), with the request's "
            + "other parameters";

    /**
     * What a service answers for one page: the page's items and the number of items across all pages (the
     * {@code totalItems} of the body and of the {@code Link} header). The service's query already holds the caller's
     * filter and what the caller may see, so the total counts only that.
     */
    public record Resultaat<T>(List<T> items, long totalItems) {
    }

    public Paginering {
        if (page < 1) {
            throw ProblemException.invalid("page", reden(Integer.MAX_VALUE));
        }
        if (pageSize < 1 || pageSize > MAX) {
            throw ProblemException.invalid("pageSize", reden(MAX));
        }
    }

    /** Parses the raw query values; absent or blank is the default. */
    public static Paginering of(String page, String pageSize) {
        return new Paginering(getal("page", page, 1, Integer.MAX_VALUE),
                getal("pageSize", pageSize, STANDAARD, MAX));
    }

    /** The zero-based index of the first item of this page. */
    public long offset() {
        return (long) (page - 1) * pageSize;
    }

    /** A 200 with {@code body} and the {@code Link} header for this page of {@code totalItems}. */
    public Response antwoord(Object body, long totalItems, UriInfo uri) {
        return antwoord(body, page, pageSize, totalItems, uri);
    }

    /** As {@link #antwoord(Object, long, UriInfo)}, for page and size already validated on the parameters. */
    public static Response antwoord(Object body, int page, int pageSize, long totalItems, UriInfo uri) {
        return Response.ok(body).header("Link", PageLinks.header(uri.getRequestUri(), page, pageSize, totalItems))
                .build();
    }

    private static int getal(String naam, String waarde, int standaard, int max) {
        if (waarde == null || waarde.isBlank()) {
            return standaard;
        }
        try {
            int n = Integer.parseInt(waarde.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw ProblemException.invalid(naam, reden(max));
    }

    private static String reden(int max) {
        return max == Integer.MAX_VALUE ? "must be a whole number from 1" : "must be a whole number from 1 to " + max;
    }
}
