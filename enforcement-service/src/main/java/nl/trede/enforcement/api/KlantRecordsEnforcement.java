package nl.trede.enforcement.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import nl.trede.enforcement.domain.Gedraging;
import nl.trede.enforcement.domain.Handhavingsonderzoek;
import nl.trede.platform.audit.Verwerkingsactiviteit;
import nl.trede.platform.toegang.KlantRecordBron;

/**
 * The klant of a gedraging or handhavingsonderzoek by its id, for the per-record check
 * ({@link nl.trede.platform.toegang.KlantToegangInterceptor}) on the resources marked
 * {@link nl.trede.platform.toegang.KlantRecords}.
 */
@ApplicationScoped
public class KlantRecordsEnforcement implements KlantRecordBron {

    public static final String GEDRAGING = "gedraging";
    public static final String HANDHAVINGSONDERZOEK = "handhavingsonderzoek";

    @Override
    @Transactional
    public Optional<UUID> klantVan(String soort, UUID id) {
        return switch (soort) {
            case GEDRAGING -> Gedraging.klantVan(id);
            case HANDHAVINGSONDERZOEK -> Handhavingsonderzoek.klantVan(id);
            default -> throw new IllegalArgumentException(soort);
        };
    }

    @Override
    public Verwerkingsactiviteit activiteit(String soort) {
        return HANDHAVINGSONDERZOEK.equals(soort) ? EnforcementActiviteit.HANDHAVINGSONDERZOEK : EnforcementActiviteit.HANDHAVING;
    }
}
