package nl.trede.enforcement.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import nl.trede.enforcement.domain.EnforcementEvents.CatalogusCategorie;
import nl.trede.enforcement.domain.EnforcementEvents.CatalogusVersie;
import nl.trede.enforcement.domain.EnforcementEvents.GedragingscategorieenGewijzigd;
import nl.trede.platform.events.DomainEvent;
import nl.trede.platform.outbox.Outbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The contract with casework: the catalogue of gedragingscategorieen that judges casework's reports (every version
 * of the configured regelset with its dates, codes and the klantgroepen a category cannot be imposed on) is
 * published as {@code gedragingscategorieen-gewijzigd} through the outbox, so casework can refuse a report
 * enforcement would refuse without calling enforcement at run time. Published when a version of the regelset is
 * loaded (in the load's transaction: a future version is known before it applies) and at start when the current
 * catalogue was never published (fingerprint in {@code catalogus_publicatie}). No personal data.
 */
@ApplicationScoped
public class Catalogus {

    private final EntityManager em;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final RegelsetService regelsets;
    private final Clock clock;
    private final String topic;
    private final String regelset;

    public Catalogus(EntityManager em, Outbox outbox, ObjectMapper mapper, RegelsetService regelsets, Clock clock,
                     @ConfigProperty(name = "trede.topics.enforcement") String topic,
                     @ConfigProperty(name = "trede.enforcement.regelset", defaultValue = "deventer-maatregelen")
                     String regelset) {
        this.em = em;
        this.outbox = outbox;
        this.mapper = mapper;
        this.regelsets = regelsets;
        this.clock = clock;
        this.topic = topic;
        this.regelset = regelset;
    }

    /** The subject (and Kafka key) of the catalogue events: a name-based id of the regelset, not a klant. */
    public static UUID onderwerp(String regelsetCode) {
        return UUID.nameUUIDFromBytes(("trede-regelset:" + regelsetCode).getBytes(StandardCharsets.UTF_8));
    }

    void opStart(@Observes StartupEvent start) {
        publiceer(regelset);
    }

    /** The catalogue of {@code code} as published. */
    @Transactional
    public GedragingscategorieenGewijzigd catalogus(String code) {
        List<CatalogusVersie> versies = new ArrayList<>();
        for (Regelset versie : Regelset.versies(code)) {
            List<CatalogusCategorie> categorieen = new ArrayList<>();
            for (Sanctieregel regel : regelsets.regels(code, versie.geldigVanaf).perCategorie().values()) {
                List<String> niet = regel.arbeidsverplichting()
                        ? Arrays.stream(Klantgroep.values()).filter(Klantgroep::zonderArbeidsverplichting)
                                .map(Klantgroep::code).toList()
                        : List.of();
                categorieen.add(new CatalogusCategorie(regel.categorie(), regel.artikel(), regel.arbeidsverplichting(),
                        niet, regel.soort() == RegelSoort.TAALEIS_EENMALIG));
            }
            versies.add(new CatalogusVersie(versie.geldigVanaf, versie.geldigTot, categorieen));
        }
        return new GedragingscategorieenGewijzigd(code, versies);
    }

    /**
     * Publishes the catalogue of {@code code} unless this exact catalogue was published before; only the configured
     * regelset (the one that judges casework's reports, which name none) is published. Returns whether it published.
     */
    @Transactional
    public boolean publiceer(String code) {
        if (!regelset.equals(code)) {
            return false;
        }
        // one publisher at a time (two replicas starting together)
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:sleutel))")
                .setParameter("sleutel", "catalogus:" + code).getSingleResult();
        GedragingscategorieenGewijzigd data = catalogus(code);
        if (data.versies().isEmpty()) {
            return false;
        }
        String vingerafdruk = vingerafdruk(data);
        long bekend = ((Number) em.createNativeQuery("SELECT count(*) FROM catalogus_publicatie WHERE regelset_code = "
                + ":code AND vingerafdruk = :v").setParameter("code", code).setParameter("v", vingerafdruk)
                .getSingleResult()).longValue();
        if (bekend > 0) {
            return false;
        }
        em.createNativeQuery("INSERT INTO catalogus_publicatie (regelset_code, vingerafdruk, gepubliceerd_op) "
                + "VALUES (:code, :v, :op)").setParameter("code", code).setParameter("v", vingerafdruk)
                .setParameter("op", Instant.now(clock)).executeUpdate();
        outbox.publish(new DomainEvent(topic, EnforcementEvents.GEDRAGINGSCATEGORIEEN_GEWIJZIGD, onderwerp(code),
                RegelsetService.PATH, data));
        return true;
    }

    private String vingerafdruk(GedragingscategorieenGewijzigd data) {
        try {
            byte[] json = mapper.writeValueAsBytes(data);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
