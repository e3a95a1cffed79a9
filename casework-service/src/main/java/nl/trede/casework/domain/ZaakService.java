package nl.trede.casework.domain;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.trede.platform.events.DomainEvent;
import nl.trede.platform.outbox.Outbox;
import nl.trede.platform.api.IfMatch;
import nl.trede.platform.api.Paginering;
import nl.trede.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class ZaakService {

    public static final String PATH = "/api/casework/v1/zaken";

    private final Outbox outbox;
    private final String topic;
    private final String defaultTeam;
    private final Clock clock;

    private final GedragingscategorieCatalogus catalogus;

    public ZaakService(Outbox outbox, @ConfigProperty(name = "trede.topics.casework") String topic,
                       @ConfigProperty(name = "trede.casework.default-team") String defaultTeam, Clock clock,
                       GedragingscategorieCatalogus catalogus) {
        this.catalogus = catalogus;
        this.outbox = outbox;
        this.topic = topic;
        this.defaultTeam = defaultTeam;
        this.clock = clock;
    }

    /** A school leaver's expected leaving date and gap before 18, from intake's melding. */
    public record Schoolverlater(LocalDate verwachteUitstroomdatum, LocalDate achttiendeVerjaardag,
                                 long dagenTotAchttien, boolean gesignaleerd) {
    }

    /** Personal data of a klant as fetched from intake. */
    public record Persoonsgegevens(String naam, LocalDate geboortedatum) {
    }

    /**
     * Opens a zaak for a doorgezette melding, in the caller's transaction (the inbox's): at most one zaak per
     * melding, and the new zaak sits in the default team's queue with the team as its owner.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Zaak openFromMelding(UUID klantId, UUID meldingId, String meldingType, String klantgroep,
                                Persoonsgegevens persoon) {
        return openFromMelding(klantId, meldingId, meldingType, klantgroep, persoon, null);
    }

    /**
     * As above; a school leaver with a gap before 18 also gets a bridging task for the team, due the day before the
     * leaving date (sources A3, A6 T07: "creates a gap-bridging task due before the leaving date, owned by
     * the case owner").
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Zaak openFromMelding(UUID klantId, UUID meldingId, String meldingType, String klantgroep,
                                Persoonsgegevens persoon, Schoolverlater schoolverlater) {
        return Zaak.findByMelding(meldingId).orElseGet(() -> {
            Instant now = Instant.now(clock);
            Klant klant = Klant.findById(klantId);
            if (klant == null) {
                klant = new Klant();
                klant.klantId = klantId;
                klant.createdAt = now;
                klant.naam = persoon.naam();
                klant.geboortedatum = persoon.geboortedatum();
                klant.updatedAt = now;
                klant.persist();
            } else {
                klant.naam = persoon.naam();
                klant.geboortedatum = persoon.geboortedatum();
                klant.updatedAt = now;
            }
            Zaak zaak = new Zaak();
            zaak.id = UUID.randomUUID();
            zaak.klant = klant;
            zaak.meldingId = meldingId;
            zaak.meldingType = meldingType;
            zaak.status = ZaakStatus.OPEN;
            zaak.team = defaultTeam;
            zaak.klantgroep = klantgroep;
            zaak.klantgroepSinds = klantgroep == null ? null : nl.trede.platform.time.NlTime.datum(now);
            zaak.createdAt = now;
            zaak.persist();
            evaluatieTaak(zaak, zaak.id, now);
            TijdlijnItem.casework(zaak.id, now, "zaak-aangemaakt", "Zaak aangemaakt uit melding (" + meldingType
                    + (klantgroep == null ? "" : ", klantgroep " + klantgroep) + ") in de queue van " + zaak.team);
            publish(zaak, CaseworkEvents.ZAAK_AANGEMAAKT,
                    new CaseworkEvents.ZaakAangemaakt(zaak.id, meldingId, meldingType, zaak.team, klantgroep,
                            null));
            if (schoolverlater != null && schoolverlater.gesignaleerd()) {
                overbruggingTot18(zaak, schoolverlater, now);
            }
            return zaak;
        });
    }

    /**
     * A zaak opened by a klantmanager directly (requirement "or by a klantmanager directly"), for a klant casework
     * knows (personal data come only through intake). One open zaak per klant (409 linking it). The klantmanager who
     * opens it is its regisseur; a teamleider's lands in the team queue.
     */
    @Transactional
    public Zaak openDirect(UUID klantId, String klantgroep, String reden, String actor, boolean klantmanager,
                           java.util.function.Predicate<Zaak> zichtbaar) {
        Klant klant = Klant.findById(klantId);
        String onbekend = "Klant " + klantId + " (a klant comes in through an intake melding)";
        if (klant == null) {
            throw ProblemException.notFound(onbekend);
        }
        Zaak.<Zaak>find("klant.klantId = ?1 and status <> ?2", klantId, ZaakStatus.AFGESLOTEN).firstResultOptional()
                .ifPresent(open -> {
                    if (!zichtbaar.test(open)) {
                        // Another team's klant: answered exactly as a klant casework does not know, so the answer
                        // confirms neither the klant nor its zaak (README "Tokens and roles").
                        throw ProblemException.notFound(onbekend);
                    }
                    throw ProblemException.conflict("open-zaak-exists", "Klant " + klantId + " has an open zaak.",
                            PATH + "/" + open.id);
                });
        Instant now = Instant.now(clock);
        Zaak zaak = new Zaak();
        zaak.id = UUID.randomUUID();
        zaak.klant = klant;
        zaak.status = ZaakStatus.OPEN;
        zaak.team = defaultTeam;
        zaak.regisseur = klantmanager ? actor : null;
        zaak.regisseurSinds = klantmanager ? now : null;
        zaak.klantgroep = klantgroep;
        zaak.klantgroepSinds = klantgroep == null ? null : nl.trede.platform.time.NlTime.datum(now);
        zaak.createdAt = now;
        zaak.persist();
        TijdlijnItem.casework(zaak.id, now, "zaak-aangemaakt", "Zaak geopend door " + actor + ": " + reden
                + (klantgroep == null ? "" : " (klantgroep " + klantgroep + ")"));
        publish(zaak, CaseworkEvents.ZAAK_AANGEMAAKT, new CaseworkEvents.ZaakAangemaakt(zaak.id, null, null, zaak.team,
                klantgroep, zaak.regisseur));
        evaluatieTaak(zaak, zaak.id, now);
        Zaak.flush();
        return zaak;
    }

    private static void overbruggingTot18(Zaak zaak, Schoolverlater s, Instant now) {
        Taak taak = Taak.open(zaak, "overbrugging-tot-18", zaak.id, s.verwachteUitstroomdatum().minusDays(1), nl.trede.platform.security.Roles.KLANTMANAGER,
                "Schoolverlater: " + s.dagenTotAchttien() + " dagen tussen de uitstroom ("
                + s.verwachteUitstroomdatum() + ") en de 18e verjaardag (" + s.achttiendeVerjaardag() + "). Plan de "
                + "overbrugging en het begeleidingsoverleg voor de uitstroomdatum (R-05, R-06, R-07).", now);
        TijdlijnItem.casework(zaak.id, now, "taak-overbrugging-tot-18", "Overbruggingstaak tot 18 ("
                + s.dagenTotAchttien() + " dagen), uiterlijk " + taak.uiterlijk);
    }

    @Transactional
    public Zaak get(UUID id) {
        Zaak zaak = Zaak.findById(id);
        if (zaak == null) {
            throw ProblemException.notFound("Zaak " + id);
        }
        return zaak;
    }

    /** Filters of the zaak list; null means "any". {@code zonderRegisseur}: the team queue (the unassigned backlog). */
    /** @param inzage what the caller may see ({@link ZaakInzage}); zaken outside it are not listed */
    public record Filter(UUID klantId, ZaakStatus status, String team, String regisseur, boolean zonderRegisseur,
                         ZaakInzage inzage) {
    }

    @Transactional
    public Paginering.Resultaat<Zaak> list(Filter filter, Paginering paging) {
        StringBuilder query = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (filter.klantId() != null) {
            query.append(" and klant.klantId = :klantId");
            params.put("klantId", filter.klantId());
        }
        if (filter.status() != null) {
            query.append(" and status = :status");
            params.put("status", filter.status());
        }
        if (filter.team() != null) {
            query.append(" and team = :team");
            params.put("team", filter.team());
        }
        if (filter.regisseur() != null) {
            query.append(" and regisseur = :regisseur");
            params.put("regisseur", filter.regisseur());
        }
        if (filter.zonderRegisseur()) {
            query.append(" and regisseur is null");
        }
        // ZaakInzage.magZien as a query: the caller's caseload, their teams, or an open overdracht to them.
        query.append(" and (").append(ToegangService.zichtbaar("id", filter.inzage(), params)).append(")");
        var find = Zaak.<Zaak>find(query.toString(), Sort.descending("createdAt").and("id"), params);
        return PanachePagina.van(find, paging);
    }

    /** Every change of regie over the zaak, oldest first; 404 for a zaak that does not exist. */
    @Transactional
    public List<Regiewissel> regiehistorie(UUID zaakId) {
        get(zaakId);
        return Regiewissel.vanZaak(zaakId);
    }

    /** The zaak's timeline, oldest first; 404 for a zaak that does not exist. */
    @Transactional
    public List<TijdlijnItem> tijdlijn(UUID zaakId) {
        get(zaakId);
        return TijdlijnItem.vanZaak(zaakId);
    }

    /**
     * Records the klant's indications the eligibility rules use; only the given ones change, at least one is needed
     * (400 otherwise).
     */
    @Transactional
    public Zaak indicaties(UUID zaakId, Boolean inDoelgroepregister, Boolean actieveZorg, String zorgSoort) {
        if (inDoelgroepregister == null && actieveZorg == null && zorgSoort == null) {
            throw ProblemException.invalid("inDoelgroepregister", "give at least one of "
                    + "inDoelgroepregister, actieveZorg, zorgSoort");
        }
        Zaak zaak = get(zaakId);
        if (inDoelgroepregister != null) {
            zaak.inDoelgroepregister = inDoelgroepregister;
        }
        if (actieveZorg != null) {
            zaak.actieveZorg = actieveZorg;
        }
        if (zorgSoort != null) {
            zaak.zorgSoort = zorgSoort;
        }
        return zaak;
    }

    /** Tasks of the zaken the caller may see, by team and zaak, open ones unless {@code alle}; earliest due first. */
    @Transactional
    public Paginering.Resultaat<Taak> taken(String team, UUID zaakId, boolean alle, ZaakInzage inzage,
                                             Paginering paging) {
        StringBuilder q = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (!alle) {
            q.append(" and status = :open");
            params.put("open", TaakStatus.OPEN);
        }
        if (team != null) {
            q.append(" and team = :team");
            params.put("team", team);
        }
        if (zaakId != null) {
            q.append(" and zaakId = :zaak");
            params.put("zaak", zaakId);
        }
        q.append(" and (").append(ToegangService.zichtbaar("zaakId", inzage, params)).append(")");
        return PanachePagina.van(Taak.<Taak>find(q + " order by uiterlijk, id", params), paging);
    }

    /** One task; 404 when it does not exist. */
    @Transactional
    public Taak taak(UUID id) {
        Taak taak = Taak.findById(id);
        if (taak == null) {
            throw ProblemException.notFound("Taak " + id);
        }
        return taak;
    }

    /** Open zaken per regisseur, and the unassigned backlog per team (requirement "caseload ... queryable"). */
    public record Caseload(List<Regel> regisseurs, List<Regel> backlog) {

        /** {@code wie}: a regisseur id, or a team for the backlog. */
        public record Regel(String team, String wie, long open) {
        }
    }

    /**
     * The caseload of the zaken the caller may see: a teamleider every team's, a klantmanager their own teams' and
     * their own zaken (the same rule as the zaken list, without the offers: a caseload is who owns what).
     */
    @Transactional
    public Caseload caseload(String team, ZaakInzage inzage) {
        String teamFilter = (team == null ? "" : " and z.team = :team")
                + (inzage.volledig() ? "" : " and (z.team in :inzageTeams or z.regisseur = :inzageWie)");
        var perRegisseur = Zaak.getEntityManager().createQuery("select z.team, z.regisseur, count(z) from Zaak z "
                + "where z.status = :open and z.regisseur is not null" + teamFilter
                + " group by z.team, z.regisseur order by z.team, z.regisseur", Object[].class);
        var backlog = Zaak.getEntityManager().createQuery("select z.team, count(z) from Zaak z "
                + "where z.status = :open and z.regisseur is null" + teamFilter
                + " group by z.team order by z.team", Object[].class);
        perRegisseur.setParameter("open", ZaakStatus.OPEN);
        backlog.setParameter("open", ZaakStatus.OPEN);
        if (team != null) {
            perRegisseur.setParameter("team", team);
            backlog.setParameter("team", team);
        }
        if (!inzage.volledig()) {
            java.util.Set<String> teams = inzage.teams().isEmpty() ? java.util.Set.of("") : inzage.teams();
            perRegisseur.setParameter("inzageTeams", teams).setParameter("inzageWie", inzage.wie());
            backlog.setParameter("inzageTeams", teams).setParameter("inzageWie", inzage.wie());
        }
        return new Caseload(
                perRegisseur.getResultList().stream()
                        .map(r -> new Caseload.Regel((String) r[0], (String) r[1], (Long) r[2])).toList(),
                backlog.getResultList().stream()
                        .map(r -> new Caseload.Regel((String) r[0], (String) r[0], (Long) r[1])).toList());
    }

    /** The zaak, checked against the If-Match version (412 when stale; {@code null}: no check). */
    Zaak load(UUID id, Long expectedVersion) {
        Zaak zaak = get(id);
        IfMatch.vereis(expectedVersion, zaak.version, "zaak");
        return zaak;
    }

    /**
     * Assigns, transfers or returns the regie in one step: team and regisseur change together, with the history row,
     * the timeline entry and the event in the same transaction. A concurrent change of the same zaak loses on the
     * version check (409, or 412 with If-Match). {@code naarRegisseur} null puts the zaak in the team's queue.
     */
    @Transactional
    public Zaak regieWijzigen(UUID id, Long expectedVersion, String naarTeam, String naarRegisseur, String reden,
                              String actor, boolean teamleider) {
        Zaak zaak = load(id, expectedVersion);
        String team = naarTeam == null ? zaak.team : naarTeam;
        RegieRegels.geweigerd(new RegieRegels.Wijziging(zaak.status, zaak.team, zaak.regisseur, team, naarRegisseur,
                actor, teamleider)).ifPresent(w -> {
                    throw new ProblemException(w.status(), w == RegieRegels.Weigering.NIET_BEVOEGD ? "forbidden"
                            : "regie-niet-gewijzigd", w.status() == 403 ? "Forbidden" : "Conflict",
                            "Cannot change the regie: " + w.reden() + ".", null, null);
                });
        wisselRegie(zaak, team, naarRegisseur, reden, actor);
        Zaak.flush(); // a concurrent change surfaces here as an OptimisticLockException (409), not at commit
        return zaak;
    }

    /**
     * A review moment of the zaak (requirement "Reviews and follow-up"): a task for the team and {@code
     * review-gepland}, so other services and dashboards see what is due.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Taak reviewPlannen(Zaak zaak, String soort, UUID bronId, LocalDate uiterlijk, String omschrijving,
                              Instant now) {
        Taak taak = Taak.open(zaak, soort, bronId, uiterlijk, nl.trede.platform.security.Roles.KLANTMANAGER,
                omschrijving, now);
        publish(zaak, CaseworkEvents.REVIEW_GEPLAND, new CaseworkEvents.ReviewGepland(taak.id, zaak.id, soort,
                uiterlijk));
        return taak;
    }

    /**
     * The evaluation moment of the zaak's klantgroep: Matchen after 6 months, Faciliteren yearly (sources D2.4; PB
     * §5.3).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void evaluatieTaak(Zaak zaak, UUID bronId, Instant now) {
        KlantgroepDoorstroom.evaluatie(zaak.klantgroep, zaak.klantgroepSinds).ifPresent(datum ->
                reviewPlannen(zaak, "evaluatie-klantgroep", bronId, datum, "Evaluatie klantgroep " + zaak.klantgroep
                        + " (" + ("matchen".equals(zaak.klantgroep) ? "zes maanden: geplaatst, verlengen of naar "
                        + "Groeien; PB §3.2" : "jaarlijks gesprek; PB §5.3") + ")", now));
    }

    /**
     * a review scales the zaak down to low-intensity follow-up (nazorg) with a check-in every
     * {@code checkInMaanden}; the owner stays, nothing closes silently.
     */
    @Transactional
    public Zaak naarNazorg(UUID id, Long expectedVersion, String reden, int checkInMaanden, String actor,
                           boolean teamleider) {
        Zaak zaak = load(id, expectedVersion);
        if (zaak.status != ZaakStatus.OPEN) {
            throw ProblemException.conflict("niet-open", "Only an open zaak is scaled down to nazorg; this one is "
                    + zaak.status.code() + ".", null);
        }
        zaak.vereisRegisseurOfTeamleider(actor, teamleider, "scales a zaak down");
        Instant now = Instant.now(clock);
        zaak.status = ZaakStatus.NAZORG;
        reviewPlannen(zaak, "nazorg-check-in", UUID.randomUUID(), nl.trede.platform.time.NlTime.datum(now)
                .plusMonths(checkInMaanden), "Vinger aan de pols: check-in in de nazorg (R-23)", now);
        TijdlijnItem.casework(zaak.id, now, "naar-nazorg", "Afgeschaald naar nazorg: " + reden);
        publish(zaak, CaseworkEvents.ZAAK_NAAR_NAZORG, new CaseworkEvents.ZaakStatusGewijzigd(zaak.id,
                zaak.status.code()));
        Zaak.flush();
        return zaak;
    }

    /** re-escalation from nazorg is one action. */
    @Transactional
    public Zaak opschalen(UUID id, Long expectedVersion, String reden, String actor, boolean teamleider) {
        Zaak zaak = load(id, expectedVersion);
        if (zaak.status != ZaakStatus.NAZORG) {
            throw ProblemException.conflict("niet-in-nazorg", "Only a zaak in nazorg is scaled up; this one is "
                    + zaak.status.code() + ".", null);
        }
        zaak.vereisRegisseurOfTeamleider(actor, teamleider, "scales a zaak up");
        Instant now = Instant.now(clock);
        zaak.status = ZaakStatus.OPEN;
        Taak.afhandelen("nazorg-check-in", "zaakId", zaak.id, now);
        TijdlijnItem.casework(zaak.id, now, "opgeschaald", "Opgeschaald uit de nazorg: " + reden);
        publish(zaak, CaseworkEvents.ZAAK_OPGESCHAALD, new CaseworkEvents.ZaakStatusGewijzigd(zaak.id,
                zaak.status.code()));
        Zaak.flush();
        return zaak;
    }

    /**
     * R-26 on every path that sets a regisseur or an executing party (a change of regie, an accepted overdracht, a
     * traject with its uitvoerder): 400 when {@code regisseur} would also execute without an approved deviation.
     *
     * @param uitvoerders the executing parties to check besides the zaak's own and its running trajecten's
     * @param veld        the request field that brings the conflict, named in the problem
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void vereisScheidingRegieUitvoering(Zaak zaak, String regisseur, java.util.Collection<String> uitvoerders,
                                               String veld) {
        java.util.List<String> alle = new java.util.ArrayList<>(uitvoerders);
        if (zaak.uitvoerder != null) {
            alle.add(zaak.uitvoerder);
        }
        alle.addAll(Zaak.getEntityManager().createQuery("select t.uitvoerder from Traject t where t.zaakId = :zaak "
                + "and t.status = :lopend and t.uitvoerder is not null", String.class).setParameter("zaak", zaak.id)
                .setParameter("lopend", TrajectStatus.LOPEND).getResultList());
        java.util.Set<String> goedgekeurd = java.util.Set.copyOf(Zaak.getEntityManager().createQuery(
                        "select a.aangevraagdDoor from Afwijking a where a.zaakId = :zaak and a.status = :goed "
                        + "and a.soort = :soort", String.class).setParameter("zaak", zaak.id)
                .setParameter("goed", AfwijkingStatus.GOEDGEKEURD).setParameter("soort", Afwijking.REGISSEUR_ALS_UITVOERDER)
                .getResultList());
        RegieRegels.regisseurVoertUit(regisseur, alle, goedgekeurd).ifPresent(u -> {
            throw new ProblemException(400, "regel-r-26", "Invalid input", "Refused (R-26): " + u + " would be "
                    + "both the regisseur and an executing party of zaak " + zaak.id + "; the regisseur directs and "
                    + "does not execute without a deviation a teamleider approved (POST .../afwijkingen).",
                    java.util.List.of(new nl.trede.platform.problem.InvalidParam(veld, "makes the regisseur an "
                            + "executing party (R-26)")), null);
        });
    }

    /** Moves team and regisseur together, with the history row, the timeline entry and the event. */
    @Transactional(Transactional.TxType.MANDATORY)
    void wisselRegie(Zaak zaak, String team, String naarRegisseur, String reden, String door) {
        vereisScheidingRegieUitvoering(zaak, naarRegisseur, java.util.List.of(), "regisseur");
        Instant now = Instant.now(clock);
        Regiewissel wissel = new Regiewissel();
        wissel.id = UUID.randomUUID();
        wissel.zaakId = zaak.id;
        wissel.vanTeam = zaak.team;
        wissel.vanRegisseur = zaak.regisseur;
        wissel.naarTeam = team;
        wissel.naarRegisseur = naarRegisseur;
        wissel.reden = reden;
        wissel.door = door;
        wissel.op = now;
        wissel.persist();
        zaak.team = team;
        zaak.regisseur = naarRegisseur;
        zaak.regisseurSinds = naarRegisseur == null ? null : now;
        TijdlijnItem.casework(zaak.id, now, "regisseur-toegewezen", naarRegisseur == null
                ? "In de queue van " + team + " (was " + (wissel.vanRegisseur == null ? wissel.vanTeam
                : wissel.vanRegisseur) + ")"
                : "Regisseur " + naarRegisseur + " (" + team + ")");
        publish(zaak, CaseworkEvents.REGISSEUR_TOEGEWEZEN, new CaseworkEvents.RegisseurToegewezen(zaak.id, team,
                naarRegisseur, wissel.vanTeam, wissel.vanRegisseur));
    }

    /** A gedraging reported to enforcement; the toelichting stays here (requirement "Signals"). */
    @Transactional
    public Gedraging gedragingMelden(UUID zaakId, String categorie, LocalDate datum, String toelichting,
                                     String actor) {
        Zaak zaak = get(zaakId);
        if (zaak.status != ZaakStatus.OPEN) {
            throw ProblemException.conflict("zaak-afgesloten", "Zaak " + zaakId + " is closed; a gedraging is "
                    + "reported on an open zaak.", null);
        }
        if (datum.isAfter(nl.trede.platform.time.NlTime.vandaag(clock))) {
            throw ProblemException.invalid("datum", "must not be in the future");
        }
        // enforcement's catalogue valid on the date, for the zaak's klantgroep: refuse now what it would refuse
        catalogus.toets(categorie, datum, zaak.klantgroep);
        Instant now = Instant.now(clock);
        Gedraging gedraging = new Gedraging();
        gedraging.id = UUID.randomUUID();
        gedraging.zaakId = zaak.id;
        gedraging.categorie = categorie;
        gedraging.datum = datum;
        gedraging.toelichting = toelichting;
        gedraging.gemeldDoor = actor;
        gedraging.gemeldOp = now;
        gedraging.persist();
        TijdlijnItem.casework(zaak.id, now, "gedraging-gemeld", "Gedraging " + categorie + " van " + datum
                + " gemeld bij handhaving");
        publish(zaak, CaseworkEvents.GEDRAGING_GEMELD,
                new CaseworkEvents.GedragingGemeld(gedraging.id, zaak.id, categorie, datum, zaak.klantgroep,
                        zaak.actieveZorg));
        return gedraging;
    }

    /** One gedraging of the zaak; 404 when the zaak has none with that id. */
    @Transactional
    public Gedraging gedraging(UUID zaakId, UUID gedragingId) {
        Gedraging g = Gedraging.findById(gedragingId);
        if (g == null || !g.zaakId.equals(zaakId)) {
            throw ProblemException.notFound("Gedraging " + gedragingId);
        }
        return g;
    }

    /** Closes the zaak with a reason (never silently); only its regisseur or a teamleider. */
    @Transactional
    public Zaak afsluiten(UUID id, Long expectedVersion, AfsluitReden reden, String toelichting, String actor,
                          boolean teamleider) {
        Zaak zaak = load(id, expectedVersion);
        if (zaak.status == ZaakStatus.AFGESLOTEN) {
            throw ProblemException.conflict("zaak-afgesloten", "Zaak " + id + " is already closed.", null);
        }
        zaak.vereisRegisseurOfTeamleider(actor, teamleider, "closes a zaak");
        // Locked before the checks below, so a traject started concurrently is either seen here or waits for this.
        Zaak.getEntityManager().lock(zaak, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (Overdracht.openVanZaak(zaak.id) > 0) {
            throw ProblemException.conflict("open-overdracht", "Zaak " + id + " has an open overdracht: it is "
                    + "accepted, rejected, withdrawn or expired before the zaak closes.", null);
        }
        // A running traject is ended on its own, with its own outcome (what the klant reached there is reported per
        // voorziening): closing the zaak does not decide that for it.
        List<Traject> lopend = Traject.list("zaakId = ?1 and status = ?2 order by startdatum, id", zaak.id,
                TrajectStatus.LOPEND);
        if (!lopend.isEmpty()) {
            throw ProblemException.conflict("lopende-trajecten", "Zaak " + id + " has running trajecten: "
                    + String.join(", ", lopend.stream().map(t -> t.voorzieningCode + " (/api/casework/v1/trajecten/"
                    + t.id + ")").toList()) + ". End each with its outcome (POST /trajecten/{tid}/beeindiging) before "
                    + "the zaak closes.", "/api/casework/v1/trajecten/" + lopend.get(0).id);
        }
        Instant now = Instant.now(clock);
        // The closing decision is the outcome of every review still due: those tasks are handled by it, by name on the
        // timeline, so no open task stays behind on a closed zaak.
        List<Taak> open = Taak.list("zaakId = ?1 and status = ?2 order by uiterlijk, id", zaak.id, TaakStatus.OPEN);
        for (Taak taak : open) {
            taak.status = TaakStatus.AFGEHANDELD;
            taak.afgehandeldOp = now;
        }
        zaak.status = ZaakStatus.AFGESLOTEN;
        zaak.afgeslotenAt = now;
        zaak.afsluitReden = reden;
        zaak.afsluitToelichting = toelichting;
        TijdlijnItem.casework(zaak.id, now, "zaak-afgesloten", "Zaak afgesloten: " + reden.code()
                + (open.isEmpty() ? "" : "; afgehandeld met het besluit: " + String.join(", ", open.stream()
                .map(t -> t.soort + " (uiterlijk " + t.uiterlijk + ")").toList())));
        publish(zaak, CaseworkEvents.ZAAK_AFGESLOTEN, new CaseworkEvents.ZaakAfgesloten(zaak.id, reden.code()));
        Zaak.flush();
        return zaak;
    }

    void publish(Zaak zaak, String type, Object data) {
        outbox.publish(new DomainEvent(topic, type, zaak.klant.klantId, PATH + "/" + zaak.id, data));
    }
}
