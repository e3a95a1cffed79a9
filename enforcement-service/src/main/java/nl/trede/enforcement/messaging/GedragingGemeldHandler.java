package nl.trede.enforcement.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.trede.enforcement.domain.HandhavingCommando;
import nl.trede.enforcement.domain.HandhavingService;
import nl.trede.enforcement.domain.Klantgroep;
import nl.trede.platform.inbox.JsonEventHandler;
import nl.trede.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * casework's {@code nl.trede.casework.gedraging-gemeld} → a registered gedraging, exactly once (the platform inbox
 * records the event id in the same transaction; the report id {@code meldingId} is unique per source as well). The
 * contract is in enforcement-service/README.md. A readable report that the rules cannot judge (an unknown category,
 * a date without a regelset) or that cannot be imposed on the klantgroep (an arbeidsverplichting for Faciliteren/Zorg,
 * PB §1.2) is answered with {@code gedraging-geweigerd}, which casework shows on the zaak; only a malformed event
 * (no klant subject, invalid data) is a poison event for the DLQ.
 */
@Singleton
public class GedragingGemeldHandler extends JsonEventHandler {

    public static final String GEDRAGING_GEMELD = "nl.trede.casework.gedraging-gemeld";

    /** The data of gedraging-gemeld; the klant is the CloudEvents subject. No personal data, no free text. */
    public record GedragingGemeld(@NotNull UUID meldingId, UUID zaakId, @NotBlank @Size(max = 80) String categorie,
                                  @NotNull LocalDate datum, LocalDate referentiedatum,
                                  @Size(max = 60) String regelset, Boolean actieveZorg,
                                  @Size(max = 40) String klantgroep) {
    }

    private final HandhavingService service;

    public GedragingGemeldHandler(@ConfigProperty(name = "trede.topics.casework") String topic, ObjectMapper mapper,
                                  Validator validator, HandhavingService service) {
        super(topic, "nl.trede.casework.", Set.of(GEDRAGING_GEMELD), mapper, validator);
        this.service = service;
    }

    @Override
    public void handle(CloudEvent event) {
        GedragingGemeld data = data(event, GedragingGemeld.class);
        UUID klantId = klantId(event);
        HandhavingCommando.Registratie verzoek = new HandhavingCommando.Registratie(klantId, data.zaakId(),
                data.categorie(), data.datum(), data.referentiedatum(), data.regelset(), data.actieveZorg(),
                // Klantgroepen are each municipality's data (intake's stelsels, e.g. Apeldoorn's werkbedrijf):
                // a code the no-show rules of §4.3 do not know is judged as without a klantgroep.
                Klantgroep.van(data.klantgroep()).map(Klantgroep::code).orElse(null));
        if (!service.alGemeld("casework", data.meldingId())) {
            ProblemException weigering = service.weigering(verzoek);
            if (weigering != null) {
                // Readable, but not registrable (its category unknown on its date, an arbeidsverplichting for a
                // klantgroep without one, …): casework hears it and shows it on the zaak, instead of a DLQ entry.
                service.weigeren(klantId, data.meldingId(), data.zaakId(), data.categorie(), data.datum(), weigering);
                return;
            }
        }
        service.registreer(verzoek, "casework", data.meldingId(), "casework");
    }
}
