package nl.trede.intake.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.UUID;
import nl.trede.intake.api.MeldingRequest;
import nl.trede.platform.events.DomainEvent;
import nl.trede.platform.idempotency.IdempotencyKeys;
import nl.trede.platform.outbox.Outbox;
import nl.trede.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Registers meldingen and hands them over to casework; every state change and its event commit together. */
@ApplicationScoped
public class MeldingService {

    public static final String PATH = "/api/intake/v1/meldingen";

    private final Outbox outbox;
    private final IdempotencyKeys idempotency;
    private final Clock clock;
    private final String topic;

    public MeldingService(Outbox outbox, IdempotencyKeys idempotency, Clock clock,
                          @ConfigProperty(name = "trede.topics.intake") String topic) {
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.clock = clock;
        this.topic = topic;
    }

    /** Registers a melding; with an Idempotency-Key a retry returns the first melding. */
    @Transactional
    public IdempotencyKeys.Result register(MeldingRequest request, String idempotencyKey, String caller) {
        return idempotency.create("intake.meldingen:" + caller, idempotencyKey, request, () -> create(request));
    }

    private UUID create(MeldingRequest request) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        MeldingRules.checkGeboortedatum(request.geboortedatum(), MeldingRules.meldingDatum(now))
                .ifPresent(reason -> {
                    throw ProblemException.invalid("geboortedatum", reason);
                });
        Persoon persoon = Persoon.findByBsn(request.bsn()).orElseGet(() -> newPersoon(request, now.toInstant()));
        Melding.findOpen(persoon.klantId, request.type()).ifPresent(open -> {
            throw ProblemException.conflict("open-melding-exists",
                    "This person already has an open melding of type " + request.type().code() + ".",
                    PATH + "/" + open.id);
        });
        Melding melding = new Melding();
        melding.id = UUID.randomUUID();
        melding.persoon = persoon;
        melding.type = request.type();
        melding.status = MeldingStatus.GEREGISTREERD;
        melding.meldingDatum = MeldingRules.meldingDatum(now);
        melding.registeredAt = now.toInstant();
        melding.persist();
        outbox.publish(new DomainEvent(topic, IntakeEvents.MELDING_GEREGISTREERD, persoon.klantId,
                PATH + "/" + melding.id,
                new IntakeEvents.MeldingGeregistreerd(melding.id, melding.type.code(), melding.meldingDatum)));
        return melding.id;
    }

    private static Persoon newPersoon(MeldingRequest request, Instant now) {
        Persoon persoon = new Persoon();
        persoon.klantId = UUID.randomUUID();
        persoon.bsn = request.bsn();
        persoon.naam = request.naam().strip();
        persoon.geboortedatum = request.geboortedatum();
        persoon.createdAt = now;
        persoon.persist();
        return persoon;
    }

    @Transactional
    public Melding get(UUID id) {
        Melding melding = Melding.findById(id);
        if (melding == null) {
            throw ProblemException.notFound("Melding " + id);
        }
        return melding;
    }

    /**
     * Doorzetten: hands the melding over to casework by publishing {@code melding-doorgezet}. Only an open melding
     * can be doorgezet (409 otherwise); with {@code expectedVersion} a stale version is a 412.
     */
    @Transactional
    public Melding doorzetten(UUID id, Long expectedVersion) {
        Melding melding = get(id);
        if (expectedVersion != null && expectedVersion != melding.version) {
            throw ProblemException.preconditionFailed("The melding was changed since version " + expectedVersion + ".");
        }
        if (!MeldingRules.canDoorzetten(melding.status)) {
            throw ProblemException.conflict("illegal-transition",
                    "A melding with status " + melding.status.code() + " cannot be doorgezet.", null);
        }
        melding.status = MeldingStatus.DOORGEZET;
        melding.doorgezetAt = Instant.now(clock);
        outbox.publish(new DomainEvent(topic, IntakeEvents.MELDING_DOORGEZET, melding.persoon.klantId,
                PATH + "/" + melding.id,
                new IntakeEvents.MeldingDoorgezet(melding.id, melding.type.code(), melding.meldingDatum,
                        melding.doorgezetAt)));
        return melding;
    }
}
