package nl.trede.casework.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.cloudevents.CloudEvent;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.WebApplicationException;
import java.util.Set;
import java.util.UUID;
import nl.trede.casework.domain.ZaakService;
import nl.trede.platform.inbox.JsonEventHandler;
import nl.trede.platform.inbox.PoisonEventException;
import nl.trede.platform.inbox.TransientEventException;
import nl.trede.platform.security.ServiceTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * {@code nl.trede.intake.melding-doorgezet} → a zaak for the klant (exactly once: the platform inbox records the
 * event in the same transaction). The event carries no personal data; the klant's name and birth date are read
 * from intake with casework's service token.
 */
@Singleton
public class MeldingDoorgezetHandler extends JsonEventHandler {

    static final String MELDING_DOORGEZET = "nl.trede.intake.melding-doorgezet";

    /** The data of melding-doorgezet as intake documents it (klantgroep: the decided code; absent in old events). */
    public record MeldingDoorgezet(@NotNull UUID meldingId, @NotNull String meldingType, String klantgroep) {
    }

    private final IntakeClient intake;
    private final ServiceTokens tokens;
    private final ZaakService zaken;

    public MeldingDoorgezetHandler(@ConfigProperty(name = "trede.topics.intake") String topic, ObjectMapper mapper,
                                   Validator validator, @RestClient IntakeClient intake, ServiceTokens tokens,
                                   ZaakService zaken) {
        super(topic, "nl.trede.intake.", Set.of(MELDING_DOORGEZET), mapper, validator);
        this.intake = intake;
        this.tokens = tokens;
        this.zaken = zaken;
    }

    @Override
    public void handle(CloudEvent event) {
        MeldingDoorgezet data = data(event, MeldingDoorgezet.class);
        UUID klantId = klantId(event);
        IntakeClient.IntakeMelding melding = fetch(data.meldingId());
        if (melding.klantId() == null || !melding.klantId().equals(klantId) || melding.persoon() == null) {
            throw new PoisonEventException("melding " + data.meldingId() + " does not belong to the event's subject");
        }
        ZaakService.Schoolverlater schoolverlater = melding.schoolverlater() == null
                || melding.verwachteUitstroomdatum() == null ? null
                : new ZaakService.Schoolverlater(melding.verwachteUitstroomdatum(),
                        melding.schoolverlater().achttiendeVerjaardag(), melding.schoolverlater().dagenTotAchttien(),
                        melding.schoolverlater().gesignaleerd());
        zaken.openFromMelding(klantId, data.meldingId(), data.meldingType(), data.klantgroep(),
                new ZaakService.Persoonsgegevens(melding.persoon().naam(), melding.persoon().geboortedatum()),
                schoolverlater);
    }

    /**
     * The melding from intake, with the consumer's transaction suspended: the REST client completes on a Vert.x
     * thread, and a transaction propagated there cannot be rolled back cleanly when the call fails (Narayana
     * "ARJUNA012095 ... multiple threads active"; Agroal then leaves the inbox row of the failed attempt to be
     * committed later, and the redelivered event is skipped as a duplicate — found by CrashRecoverySystemTest).
     */
    private IntakeClient.IntakeMelding fetch(UUID meldingId) {
        try {
            try {
                return QuarkusTransaction.suspendingExisting().call(() -> intake.melding(meldingId, tokens.bearer()));
            } catch (QuarkusTransactionException e) {
                // call() wraps what the task threw; the status of a failed call decides below.
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            if (status == 404) {
                throw new PoisonEventException("melding " + meldingId + " does not exist in intake");
            }
            // 401/403 mean a key or role misconfiguration, 5xx an intake outage: not the event's fault.
            throw new TransientEventException("intake answered " + status + " for melding " + meldingId, e);
        }
    }
}
