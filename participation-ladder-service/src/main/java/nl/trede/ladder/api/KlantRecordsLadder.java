package nl.trede.ladder.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import nl.trede.ladder.domain.MetingService;
import nl.trede.platform.audit.Verwerkingsactiviteit;
import nl.trede.platform.toegang.KlantRecordBron;

/**
 * The klant of a meting by its id, for the per-record check ({@link nl.trede.platform.toegang.KlantToegangInterceptor})
 * on the resources marked {@link nl.trede.platform.toegang.KlantRecords}.
 */
@ApplicationScoped
public class KlantRecordsLadder implements KlantRecordBron {

    public static final String METING = "meting";

    private final MetingService metingen;

    public KlantRecordsLadder(MetingService metingen) {
        this.metingen = metingen;
    }

    @Override
    public Optional<UUID> klantVan(String soort, UUID id) {
        if (!METING.equals(soort)) {
            throw new IllegalArgumentException(soort);
        }
        return metingen.klantVan(id);
    }

    @Override
    public Verwerkingsactiviteit activiteit(String soort) {
        return LadderActiviteit.METING;
    }
}
