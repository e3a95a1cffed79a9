package nl.trede.intake.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.platform.werk.Werkitem;
import nl.trede.platform.werk.WerkitemsBron;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The klant's open work in intake for the werkvoorraad (docs/contracts/werkitems.md): every open deadline of the
 * klant's meldingen, as {@link IntakeWerk} maps it. The deadlines that go on after doorzetten (the aanvraag's
 * documents, beslistermijn, zoektermijn, voorschot) stay open work here until they are met or void.
 */
@ApplicationScoped
public class IntakeWerkitems implements WerkitemsBron {

    private final EntityManager em;
    private final String topic;

    public IntakeWerkitems(EntityManager em, @ConfigProperty(name = "trede.topics.intake") String topic) {
        this.em = em;
        this.topic = topic;
    }

    @Override
    public String bron() {
        return "intake";
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public List<Werkitem> openWerk(UUID klantId) {
        return em.createQuery("select t.id, t.meldingId, t.soort, t.uiterlijk, m.klantgroep from Termijn t, Melding m "
                        + "where m.id = t.meldingId and m.persoon.klantId = ?1 and t.status = ?2", Object[].class)
                .setParameter(1, klantId).setParameter(2, Termijn.Status.OPEN).getResultList().stream()
                .map(r -> IntakeWerk.werkitem((UUID) r[0], (UUID) r[1], (TermijnSoort) r[2], (LocalDate) r[3],
                        (String) r[4]))
                .toList();
    }
}
