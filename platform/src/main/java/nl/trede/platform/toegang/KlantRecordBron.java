package nl.trede.platform.toegang;

import java.util.Optional;
import java.util.UUID;
import nl.trede.platform.audit.Verwerkingsactiviteit;
import nl.trede.platform.problem.ProblemException;

/** A service's knowledge of its own records for {@link KlantToegangInterceptor}: one bean per service. */
public interface KlantRecordBron {

    /** The klant of the record of this kind ({@link KlantRecords#value}); empty when it does not exist. */
    Optional<UUID> klantVan(String soort, UUID id);

    /** The processing activity a refusal is recorded under in the audit log. */
    Verwerkingsactiviteit activiteit(String soort);

    /** The 404 the service answers for a record of this kind that does not exist (the refusal looks the same). */
    default ProblemException nietGevonden(String soort, UUID id) {
        return ProblemException.notFound(Character.toUpperCase(soort.charAt(0)) + soort.substring(1) + " " + id);
    }
}
