package nl.trede.casework.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import nl.trede.platform.api.Paginering;

/** One page of a Panache query, in the platform's paging ({@link Paginering}, {@link Paginering.Resultaat}). */
final class PanachePagina {

    private PanachePagina() {
    }

    /** The page {@code paging} names (from 1) of the query, and the query's count across all pages. */
    static <T> Paginering.Resultaat<T> van(PanacheQuery<T> query, Paginering paging) {
        return new Paginering.Resultaat<>(query.page(Page.of(paging.page() - 1, paging.pageSize())).list(),
                query.count());
    }
}
