package nl.trede.enforcement.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.trede.enforcement.api.GedragingResponses.BlokkeringResponse;
import nl.trede.enforcement.api.GedragingResponses.GedragingResponse;
import nl.trede.enforcement.api.GedragingResponses.MaatregelResponse;
import nl.trede.enforcement.api.GedragingResponses.SamenloopVoorbeeld;
import nl.trede.enforcement.domain.Gedraging;
import nl.trede.enforcement.domain.GedragingWorkflow;
import nl.trede.enforcement.domain.HandhavingService;
import nl.trede.enforcement.domain.Maatregel;

/** A gedraging with its maatregel as the gedragingen resources answer it, with its version as the ETag. */
@ApplicationScoped
public class GedragingWeergave {

    static final String IF_MATCH = "The ETag of the gedraging as read (its version). Required: without it 428, "
            + "with an older version 412; of concurrent changes exactly one wins.";

    private final HandhavingService service;
    private final ObjectMapper mapper;

    public GedragingWeergave(HandhavingService service, ObjectMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    /** The answer to a step: the gedraging with the version it commits with, as body and ETag. */
    Response na(Gedraging stap) {
        Gedraging g = service.bijgewerkt(stap.id);
        return Response.ok(response(g)).tag(etag(g)).build();
    }

    GedragingResponse response(Gedraging g) {
        MaatregelResponse m = service.maatregel(g.id).map(this::maatregel).orElse(null);
        return new GedragingResponse(g.id, g.klantId, g.zaakId, g.categorie, g.datum, g.referentiedatum,
                g.regelset.code, g.regelset.geldigVanaf, g.bron, g.status.code(), g.version,
                GedragingWorkflow.toegestaan(g.status).stream().map(GedragingWorkflow.Actie::code).sorted().toList(),
                g.geregistreerdDoor, g.geregistreerdOp, g.hoorverzoekKanaal, g.hoorverzoekVerzondenOp, g.hoorgesprekOp,
                g.hersteltermijnVerzondenOp, g.hersteltermijnGesprekOp, g.gehoordOp, g.samengevoegdIn, g.actieveZorg,
                g.zorgafstemmingSoort, g.zorgafstemmingOp, g.zorgafstemmingDoor, g.zorgafstemmingReden, g.klantgroep, m);
    }

    private MaatregelResponse maatregel(Maatregel m) {
        JsonNode perioden;
        try {
            perioden = mapper.readTree(m.perioden);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new MaatregelResponse(m.id, m.status, m.uitkomst, m.afzienReden, m.motivering, m.categorie,
                m.recidivegroep, m.stap, m.recidive, m.percentage, m.duurMaanden, m.bedragEenmalig, m.normPerMaand,
                m.ingangsdatum, m.einddatum, perioden, m.artikel, m.bron,
                m.samenloop.isEmpty() ? List.of() : List.of(m.samenloop.split(",")), m.besluitdatum, m.bezwaarTot,
                m.herzienPer, m.onderzoekId, m.opgenomenIn, m.vervangenDoor,
                m.nieuweAfspraakDatum == null ? null : new GedragingRequests.NieuweAfspraak(m.nieuweAfspraakDatum,
                        m.nieuweAfspraakTijd, m.nieuweAfspraakSoort, m.nieuweAfspraakPlaats),
                voorbeeld(m),
                Maatregel.GEBLOKKEERD.equals(m.status) ? new BlokkeringResponse(m.besluitdatum, m.blokkeringActief(),
                        m.opgehevenPer, m.opheffingReden, m.blokkeringHersteltermijnVerzondenOp,
                        m.blokkeringHersteltermijnTot, m.stopgezetPer, m.stopzettingReden) : null);
    }

    private SamenloopVoorbeeld voorbeeld(Maatregel m) {
        return service.samenloopVoorbeeld(service.gedraging(m.gedragingId), m).map(u -> new SamenloopVoorbeeld(
                u.opgenomenIn(), u.beeindigd(), u.opgenomenIn() != null
                        ? "Samenloop: decided today, this verlaging is taken up in the higher maatregel "
                        + u.opgenomenIn() + " (one verlaging, the highest); it has no verlaging of its own."
                        : u.beeindigd().isEmpty() ? "No samenloop: no other verlaging of the klant runs with this one."
                        : "Samenloop: decided today, this verlaging is the highest and ends " + u.beeindigd()
                        + " (the day before it starts; one that has not started lapses).")).orElse(null);
    }

    static EntityTag etag(Gedraging g) {
        return new EntityTag(Long.toString(g.version));
    }
}
