package nl.trede.enforcement.domain;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.toegang.KlantInzage;

/** The list of gedragingen: filtered by klant and status, newest first, paged, only the klanten the caller may see. */
@ApplicationScoped
public class GedragingZoekService {

    /** One page of gedragingen and how many the filter finds over all pages. */
    public record Pagina(List<Gedraging> gedragingen, long totalItems) {
    }

    /**
     * One page of the gedragingen, newest registered first.
     *
     * @param klantId  only this klant's gedragingen; null: all
     * @param status   only gedragingen in this status; null: all
     * @param inzage   the caller's per-record access: a klantmanager lists only the klanten of their teams' and their
     *                 own zaken, in the query
     * @param page     the page, from 1
     * @param pageSize the items per page
     */
    public Pagina zoek(UUID klantId, GedragingStatus status, KlantInzage inzage, int page, int pageSize) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (klantId != null) {
            where.add("klantId = :klant");
            params.put("klant", klantId);
        }
        if (status != null) {
            where.add("status = :status");
            params.put("status", status);
        }
        if (!inzage.volledig()) {
            where.add("(" + inzage.jpql("klantId", params) + ")");
        }
        var query = Gedraging.<Gedraging>find((where.isEmpty() ? "" : String.join(" and ", where) + " ")
                + "order by geregistreerdOp desc, id", params);
        long totalItems = query.count();
        return new Pagina(query.page(Page.of(page - 1, pageSize)).list(), totalItems);
    }
}
