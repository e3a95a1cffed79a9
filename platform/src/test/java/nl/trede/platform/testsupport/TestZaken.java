package nl.trede.platform.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.inbox.Inbox;
import nl.trede.platform.toegang.ZaakToegangProjectie;

/**
 * Registers casework zaken in a service's {@code zaak_toegang} projection in a {@code @QuarkusTest}, the way the
 * consumer does: casework's event through the platform inbox and the service's projection handler in one transaction.
 * A klantmanager of the test tokens ({@link TestTokens}: team {@code team-werk}) sees a klant only once it has a zaak of
 * their team or with them as regisseur.
 */
public final class TestZaken {

    /** The team of the test tokens' klantmanager and teamleider (and casework's default team). */
    public static final String TEAM = "team-werk";

    private TestZaken() {
    }

    /** A new klant with a zaak of {@link #TEAM}: a klant of the test klantmanager's caseload. */
    public static UUID klant() {
        UUID klant = UUID.randomUUID();
        zaak(klant);
        return klant;
    }

    /** A zaak of {@link #TEAM} for the klant: the klant becomes visible to the test klantmanager. */
    public static UUID zaak(UUID klantId) {
        return zaak(klantId, TEAM, null);
    }

    /** A zaak opened in {@code team}'s queue, or by {@code regisseur} directly. Returns its id. */
    public static UUID zaak(UUID klantId, String team, String regisseur) {
        UUID zaakId = UUID.randomUUID();
        Map<String, Object> data = new HashMap<>();
        data.put("zaakId", zaakId);
        data.put("meldingId", null);
        data.put("meldingType", null);
        data.put("team", team);
        data.put("klantgroep", null);
        data.put("regisseur", regisseur);
        verwerk(event(ZaakToegangProjectie.ZAAK_AANGEMAAKT, klantId, data, Instant.now()));
        return zaakId;
    }

    /** casework's regisseur-toegewezen at {@code op} (the CloudEvents time that orders regie changes). */
    public static void regie(UUID klantId, UUID zaakId, String team, String regisseur, Instant op) {
        Map<String, Object> data = new HashMap<>();
        data.put("zaakId", zaakId);
        data.put("team", team);
        data.put("regisseur", regisseur);
        data.put("vorigeTeam", null);
        data.put("vorigeRegisseur", null);
        verwerk(event(ZaakToegangProjectie.REGISSEUR_TOEGEWEZEN, klantId, data, op));
    }

    /** casework's zaak-afgesloten. */
    public static void afsluiten(UUID klantId, UUID zaakId) {
        verwerk(event(ZaakToegangProjectie.ZAAK_AFGESLOTEN, klantId, Map.of("zaakId", zaakId, "reden", "uitstroom-werk"),
                Instant.now()));
    }

    /** A casework event as casework's outbox publishes it (subject and key: the klant id). */
    public static CloudEvent event(String type, UUID klantId, Object data, Instant time) {
        try {
            return CloudEventBuilder.v1().withId(UUID.randomUUID().toString())
                    .withSource(URI.create("urn:nl:trede:casework:test")).withType(type)
                    .withSubject(klantId.toString()).withTime(time.atOffset(ZoneOffset.UTC))
                    .withDataContentType("application/json")
                    .withData(new ObjectMapper().findAndRegisterModules().writeValueAsBytes(data)).build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Applies the event as the consumer does: inbox and projection in one transaction. True the first time. */
    public static boolean verwerk(CloudEvent event) {
        Inbox inbox = Arc.container().instance(Inbox.class).get();
        ZaakToegangProjectie handler = Arc.container().select(ZaakToegangProjectie.class).get();
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!inbox.firstDelivery(event)) {
                return false;
            }
            handler.handle(event);
            return true;
        });
    }
}
