package nl.trede.casework.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import java.util.List;

/**
 * One page of a list and the number of items across all pages. Every casework list pages with it: the query already
 * holds the caller's filter and what the caller may see, so the total counts only that, and nothing is capped.
 */
public record Pagina<T>(List<T> items, long total) {

    /** Page {@code page} (from 1) of {@code pageSize} items of the query. */
    public static <T> Pagina<T> van(PanacheQuery<T> query, int page, int pageSize) {
        List<T> items = query.page(Page.of(page - 1, pageSize)).list();
        return new Pagina<>(items, query.count());
    }
}
