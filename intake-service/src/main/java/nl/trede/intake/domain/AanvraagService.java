package nl.trede.intake.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import nl.trede.platform.problem.ProblemException;
import nl.trede.platform.time.NlTime;

/**
 * The documents of an aanvraag levensonderhoud: an aanvultermijn, the documents complete, or buiten behandeling
 * (sources D3.1, PB §2.2.2, D10 S15; Awb art. 4:5 and 4:15). The rules are in {@link AanvraagRegels}.
 */
@ApplicationScoped
public class AanvraagService {

    private final MeldingService meldingen;
    private final TermijnPlanner termijnen;
    private final Clock clock;

    public AanvraagService(MeldingService meldingen, TermijnPlanner termijnen, Clock clock) {
        this.meldingen = meldingen;
        this.termijnen = termijnen;
        this.clock = clock;
    }

    /** The rule inputs of a melding today. */
    public AanvraagRegels.Stand stand(Melding melding) {
        List<IntakeTermijnen.Aanvultermijn> aanvultermijnen = regels(melding.id);
        LocalDate buitenBehandelingVanaf = aanvultermijnen.isEmpty() ? null : termijnen.regels()
                .buitenBehandelingVanaf(aanvultermijnen.get(aanvultermijnen.size() - 1).einde());
        return new AanvraagRegels.Stand(melding.type, melding.aanvraagStatus,
                Termijn.count("meldingId = ?1 and soort = ?2", melding.id, TermijnSoort.DOCUMENTEN) > 0,
                aanvultermijnen, buitenBehandelingVanaf, NlTime.vandaag(clock));
    }

    /**
     * The state of a melding registered in this transaction, without reading back what was just written: no
     * aanvulverzoek and no inlevertermijn for documents exist before the screening.
     */
    public AanvraagRegels.Stand standBijRegistratie(Melding melding) {
        return new AanvraagRegels.Stand(melding.type, melding.aanvraagStatus, false, List.of(), null,
                NlTime.vandaag(clock));
    }

    /** Sends an aanvultermijn of {@code lengteDagen} calendar days from today (the letter states the length). */
    @Transactional
    public Melding aanvultermijnSturen(UUID id, Long expectedVersion, int lengteDagen, String ontbrekend,
                                       String actor) {
        Melding melding = toegestaan(id, expectedVersion, AanvraagRegels.Actie.AANVULTERMIJN_STUREN);
        LocalDate vandaag = NlTime.vandaag(clock);
        Aanvulverzoek verzoek = new Aanvulverzoek();
        verzoek.id = UUID.randomUUID();
        verzoek.meldingId = melding.id;
        verzoek.uitnodigingsdatum = vandaag;
        verzoek.einde = termijnen.regels().aanvultermijnEinde(vandaag, Period.ofDays(lengteDagen));
        verzoek.ontbrekend = ontbrekend;
        verzoek.verstuurdDoor = actor;
        verzoek.verstuurdOp = Instant.now(clock);
        verzoek.persist();
        List<IntakeTermijnen.Aanvultermijn> alle = regels(melding.id);
        termijnen.bijAanvultermijn(melding, verzoek, alle);
        meldingen.publish(melding, IntakeEvents.AANVULTERMIJN_VERSTUURD, new IntakeEvents.AanvultermijnVerstuurd(
                melding.id, verzoek.uitnodigingsdatum, verzoek.einde,
                termijnen.regels().beslistermijnEinde(melding.meldingDatum, alle)));
        // The melding's representation changed (its deadlines), not its columns: a new ETag all the same.
        Melding.getEntityManager().lock(melding, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return melding;
    }

    /** The aanvraagformulier and bewijsstukken are complete; an aanvultermijn that runs ends today. */
    @Transactional
    public Melding documentenCompleet(UUID id, Long expectedVersion) {
        Melding melding = toegestaan(id, expectedVersion, AanvraagRegels.Actie.DOCUMENTEN_COMPLEET);
        LocalDate vandaag = NlTime.vandaag(clock);
        melding.aanvraagStatus = AanvraagStatus.COMPLEET;
        melding.documentenCompleetOp = vandaag;
        Aanvulverzoek.<Aanvulverzoek>list("meldingId = ?1 and aangevuldOp is null", melding.id)
                .forEach(v -> v.aangevuldOp = vandaag);
        List<IntakeTermijnen.Aanvultermijn> alle = regels(melding.id);
        termijnen.bijDocumentenCompleet(melding, alle);
        meldingen.publish(melding, IntakeEvents.AANVRAAG_COMPLEET, new IntakeEvents.AanvraagCompleet(melding.id,
                vandaag, termijnen.regels().beslistermijnEinde(melding.meldingDatum, alle)));
        return melding;
    }

    /**
     * Leaves the aanvraag buiten behandeling after the last aanvultermijn passed unused. A melding still open in
     * intake ends with it; a melding already doorgezet stays so (casework's zaak is about work, not the benefit).
     */
    @Transactional
    public Melding buitenBehandelingStellen(UUID id, Long expectedVersion, String toelichting) {
        Melding melding = toegestaan(id, expectedVersion, AanvraagRegels.Actie.BUITEN_BEHANDELING_STELLEN);
        melding.aanvraagStatus = AanvraagStatus.BUITEN_BEHANDELING;
        melding.aanvraagAfgeslotenOp = Instant.now(clock);
        melding.aanvraagToelichting = toelichting;
        if (melding.status.isOpen()) {
            melding.status = MeldingStatus.BUITEN_BEHANDELING;
            meldingen.afsluiten(melding, "buiten-behandeling", toelichting);
        } else {
            termijnen.bijAfsluiting(melding);
        }
        List<IntakeTermijnen.Aanvultermijn> alle = regels(melding.id);
        meldingen.publish(melding, IntakeEvents.AANVRAAG_BUITEN_BEHANDELING,
                new IntakeEvents.AanvraagBuitenBehandeling(melding.id, melding.status.code(),
                        alle.get(alle.size() - 1).einde()));
        return melding;
    }

    private Melding toegestaan(UUID id, Long expectedVersion, AanvraagRegels.Actie actie) {
        Melding melding = meldingen.load(id, expectedVersion);
        AanvraagRegels.geweigerd(actie, stand(melding)).ifPresent(reden -> {
            throw ProblemException.conflict("aanvraag-stap-niet-toegestaan", "Cannot " + actie.code() + ": "
                    + reden + ".", null);
        });
        return melding;
    }

    private static List<IntakeTermijnen.Aanvultermijn> regels(UUID meldingId) {
        return Aanvulverzoek.vanMelding(meldingId).stream().map(Aanvulverzoek::regel).toList();
    }
}
