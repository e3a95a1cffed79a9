package nl.trede.intake.domain;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.time.NlTime;

/** The work queue by deadline: the open deadlines in a window of today (requirement "Deadlines computed and exposed"). */
@ApplicationScoped
public class TermijnService {

    private final Clock clock;

    public TermijnService(Clock clock) {
        this.clock = clock;
    }

    /**
     * One page of open deadlines, earliest first.
     *
     * @param peildatum       today in Europe/Amsterdam, the day the window is measured from
     * @param klantPerMelding the klant of each melding on the page
     */
    public record Pagina(List<Termijn> items, LocalDate peildatum, long total, Map<UUID, UUID> klantPerMelding) {
    }

    /** The open deadlines in {@code venster}, of {@code soort} when given, earliest first. */
    @Transactional
    public Pagina open(TermijnVenster venster, TermijnSoort soort, int page, int pageSize) {
        LocalDate today = NlTime.vandaag(clock);
        StringBuilder query = new StringBuilder("status = :open");
        Map<String, Object> params = new HashMap<>();
        params.put("open", Termijn.Status.OPEN);
        venster.voegToe(query, params, "uiterlijk", today);
        if (soort != null) {
            query.append(" and soort = :soort");
            params.put("soort", soort);
        }
        var find = Termijn.<Termijn>find(query.toString(), Sort.ascending("uiterlijk").and("soort").and("id"), params);
        List<Termijn> items = find.page(Page.of(page - 1, pageSize)).list();
        Map<UUID, UUID> klantPerMelding = new HashMap<>();
        if (!items.isEmpty()) {
            Melding.<Melding>list("id in ?1", items.stream().map(t -> t.meldingId).distinct().toList())
                    .forEach(m -> klantPerMelding.put(m.id, m.persoon.klantId));
        }
        return new Pagina(items, today, find.count(), klantPerMelding);
    }
}
