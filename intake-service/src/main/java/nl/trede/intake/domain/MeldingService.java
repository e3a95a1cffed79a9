package nl.trede.intake.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.trede.platform.events.DomainEvent;
import nl.trede.platform.idempotency.IdempotencyKeys;
import nl.trede.platform.outbox.Outbox;
import nl.trede.platform.problem.InvalidParam;
import nl.trede.platform.api.IfMatch;
import nl.trede.platform.problem.ProblemException;
import nl.trede.platform.time.NlTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Registers meldingen and hands them over to casework; every state change and its event commit together. */
@ApplicationScoped
public class MeldingService {

    public static final String PATH = "/api/intake/v1/meldingen";

    private final Outbox outbox;
    private final TermijnPlanner termijnen;
    private final IdempotencyKeys idempotency;
    private final Clock clock;
    private final String topic;

    public MeldingService(Outbox outbox, IdempotencyKeys idempotency, Clock clock, TermijnPlanner termijnen,
                          @ConfigProperty(name = "trede.topics.intake") String topic) {
        this.termijnen = termijnen;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.clock = clock;
        this.topic = topic;
    }

    /**
     * Registers a melding; with an Idempotency-Key a retry returns the first melding.
     *
     * @param ketenpartner the caller is a ketenpartner: it submits signalen only, cannot state an earlier day of
     *                     receipt, and its signal about a person who already has an open signal is recorded and linked
     *                     to that melding instead of a 409 (which would tell the partner that someone else reported
     *                     the person)
     */
    @Transactional
    public Registratie registreer(NieuweMelding request, String idempotencyKey, String caller, boolean ketenpartner) {
        IdempotencyKeys.Result result = idempotency.create("intake.meldingen:" + caller, idempotencyKey, request,
                () -> create(request, caller, ketenpartner));
        return new Registratie(get(result.id()), result.created());
    }

    /** A registered melding; {@code nieuw} is false when an Idempotency-Key retry returned the first one. */
    public record Registratie(Melding melding, boolean nieuw) {
    }

    private UUID create(NieuweMelding request, String caller, boolean ketenpartner) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        LocalDate vandaag = MeldingRegels.meldingDatum(now);
        List<InvalidParam> invalid = new ArrayList<>();
        if (ketenpartner && request.type() != MeldingType.SIGNAAL_KETENPARTNER) {
            invalid.add(new InvalidParam("type", "a ketenpartner submits signaal-ketenpartner only"));
        }
        if (request.ontvangenOp() != null) {
            if (ketenpartner && !request.ontvangenOp().equals(vandaag)) {
                invalid.add(new InvalidParam("ontvangenOp", "a ketenpartner's signal is received when it is "
                        + "submitted; only intake staff register an earlier day of receipt"));
            } else {
                MeldingRegels.toetsOntvangenOp(request.ontvangenOp(), vandaag)
                        .ifPresent(reason -> invalid.add(new InvalidParam("ontvangenOp", reason)));
            }
        }
        LocalDate meldingDatum = MeldingRegels.meldingDatum(request.ontvangenOp(), now);
        MeldingRegels.toetsGeboortedatum(request.geboortedatum(), meldingDatum)
                .ifPresent(reason -> invalid.add(new InvalidParam("geboortedatum", reason)));
        invalid.addAll(MeldingRegels.veldenPerSoort(request));
        if (!invalid.isEmpty()) {
            throw ProblemException.invalid(invalid);
        }
        if (request.type() == MeldingType.VERZOEK_ONDERSTEUNING) {
            inkomenstoets(request, meldingDatum);
        }
        // The BSN in its one canonical form (9 digits): 43781317 and 043781317 are one person.
        String bsn = Persoon.canoniek(request.bsn());
        // Two registrations for the same person at once: serialise them on the BSN for this transaction, so the second
        // finds the first one's persoon and open melding (409 with its link) instead of a unique-key failure (500).
        // The lock key is a hash: a collision only makes two unrelated registrations wait for each other.
        Persoon.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(:bsn))")
                .setParameter("bsn", "trede.intake.persoon:" + bsn).getSingleResult();
        Persoon persoon = Persoon.findByBsn(bsn).orElseGet(() -> newPersoon(request, bsn, now.toInstant()));
        Optional<Melding> open = Melding.findOpen(persoon.klantId, request.type());
        if (open.isPresent() && ketenpartner) {
            return koppel(request, caller, open.get(), meldingDatum, now.toInstant());
        }
        open.ifPresent(o -> {
            throw ProblemException.conflict("open-melding-exists",
                    "This person already has an open melding of type " + request.type().code() + ".",
                    PATH + "/" + o.id);
        });
        Melding melding = new Melding();
        melding.id = UUID.randomUUID();
        melding.persoon = persoon;
        melding.type = request.type();
        melding.status = MeldingWorkflow.statusNaRegistratie(request.type());
        melding.meldingDatum = meldingDatum;
        melding.ontvangstOpgegevenDoor = request.ontvangenOp() == null ? null : caller;
        melding.registeredAt = now.toInstant();
        melding.ingediendDoor = caller;
        melding.kanaal = request.kanaal();
        melding.broodnood = Boolean.TRUE.equals(request.broodnood());
        melding.aanvraagStatus = melding.type == MeldingType.AANVRAAG_LEVENSONDERHOUD ? AanvraagStatus.IN_BEHANDELING
                : null;
        if (request.melder() != null) {
            melding.melderOrganisatie = request.melder().organisatie().strip();
            melding.melderSoort = request.melder().soort();
        }
        melding.verwachteUitstroomdatum = request.verwachteUitstroomdatum();
        melding.inkomenPerMaand = request.inkomenPerMaand();
        melding.inDoelgroepregister = Boolean.TRUE.equals(request.inDoelgroepregister());
        melding.persist();
        termijnen.bijRegistratie(melding, new TermijnPlanner.Uitzonderingen(request.laatsteInschrijvingProVso(),
                Boolean.TRUE.equals(request.medischUrenbeperktOfDoelgroepLks())));
        publish(melding, IntakeEvents.MELDING_GEREGISTREERD, new IntakeEvents.MeldingGeregistreerd(melding.id,
                melding.type.code(), melding.meldingDatum,
                melding.melderSoort == null ? null : melding.melderSoort.code(), melding.verwachteUitstroomdatum,
                MeldingRegels.schoolverlater(melding).map(IntakeTermijnen.SchoolverlaterSignaal::gesignaleerd)
                        .orElse(null)));
        if (melding.status == MeldingStatus.DOORGESTUURD_HANDHAVING) {
            // A tip goes to enforcement only; casework never sees it as a tip.
            melding.afgeslotenAt = melding.registeredAt;
            publish(melding, IntakeEvents.HANDHAVINGSSIGNAAL_ONTVANGEN,
                    new IntakeEvents.HandhavingssignaalOntvangen(melding.id, "tip-handhaving"));
        }
        return melding.id;
    }

    /**
     * A ketenpartner's signal about a person who already has an open signal: recorded as the partner's own submission
     * (status {@code gekoppeld}, its own id, day of receipt and melder, visible to the partner as submitted) and
     * linked to the open melding, which intake staff handle and on which they see it. No deadlines of its own: the
     * open melding's run. The partner's answer is the same as for a fresh signal.
     */
    private UUID koppel(NieuweMelding request, String caller, Melding open, LocalDate meldingDatum, Instant now) {
        Melding signaal = new Melding();
        signaal.id = UUID.randomUUID();
        signaal.persoon = open.persoon;
        signaal.type = request.type();
        signaal.status = MeldingStatus.GEKOPPELD;
        signaal.gekoppeldAan = open.id;
        signaal.meldingDatum = meldingDatum;
        signaal.registeredAt = now;
        signaal.afgeslotenAt = now;
        signaal.ingediendDoor = caller;
        signaal.melderOrganisatie = request.melder().organisatie().strip();
        signaal.melderSoort = request.melder().soort();
        signaal.verwachteUitstroomdatum = request.verwachteUitstroomdatum();
        signaal.persist();
        publish(signaal, IntakeEvents.SIGNAAL_GEKOPPELD, new IntakeEvents.SignaalGekoppeld(signaal.id, open.id,
                signaal.type.code(), signaal.meldingDatum, signaal.melderSoort.code(),
                signaal.verwachteUitstroomdatum));
        return signaal.id;
    }

    /** The signals of ketenpartners linked to this melding, oldest first. */
    @Transactional
    public List<Melding> gekoppeldeSignalen(UUID meldingId) {
        return Melding.list("gekoppeldAan = ?1 order by registeredAt, id", meldingId);
    }

    /** The meldingen {@code indiener} submitted, newest first (a ketenpartner's own view). */
    @Transactional
    public PageOf ingediendDoor(String indiener, int page, int pageSize) {
        return list(new Filter(null, null, null, null, null, indiener), page, pageSize);
    }

    /** A melding {@code indiener} submitted; 404 for anyone else's, as if it did not exist. */
    @Transactional
    public Melding ingediendeMelding(String indiener, UUID id) {
        Melding melding = get(id);
        if (!indiener.equals(melding.ingediendDoor)) {
            throw ProblemException.notFound("Melding " + id);
        }
        return melding;
    }

    /**
     * The status the submitting ketenpartner sees: a signal linked to another party's open melding shows as a fresh
     * one, geregistreerd while that melding is open, then how it ended; the partner never learns of the other melding.
     */
    public MeldingStatus statusVoorIndiener(Melding melding) {
        if (melding.status != MeldingStatus.GEKOPPELD) {
            return melding.status;
        }
        Melding behandeld = Melding.findById(melding.gekoppeldAan);
        return behandeld == null || behandeld.status.isOpen() ? MeldingStatus.GEREGISTREERD : behandeld.status;
    }

    /**
     * Re-integratieverordening Deventer 2021 art. 2 lid 3 a: support for a niet-uitkeringsgerechtigde only while the
     * income is at most 120% of the wettelijk minimumloon on the melding date; lid 4: not for the doelgroepregister.
     */
    private static void inkomenstoets(NieuweMelding request, LocalDate meldingDatum) {
        if (Boolean.TRUE.equals(request.inDoelgroepregister())) {
            return;
        }
        Minimumloon wml = Minimumloon.op(meldingDatum).orElseThrow(() -> ProblemException.conflict(
                "minimumloon-onbekend", "No wettelijk minimumloon is configured for " + meldingDatum
                        + "; the income test cannot be made.", null));
        if (!Inkomenstoets.binnenGrens(request.inkomenPerMaand(), wml.brutoPerMaand, false)) {
            throw ProblemException.invalid("inkomenPerMaand", "exceeds 120% of the wettelijk minimumloon on "
                    + meldingDatum + " (EUR " + Inkomenstoets.grens(wml.brutoPerMaand) + " per month; "
                    + "Re-integratieverordening art. 2 lid 3 a)");
        }
    }

    private static Persoon newPersoon(NieuweMelding request, String canonicalBsn, Instant now) {
        Persoon persoon = new Persoon();
        persoon.klantId = UUID.randomUUID();
        persoon.bsn = canonicalBsn;
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
     * Filters of the melding list; null means "any". {@code melderOrganisatie} matches case-insensitively;
     * {@code termijn} keeps meldingen with an open deadline in that window (due today, overdue, any open).
     */
    /** @param ingediendDoor only the meldingen this user submitted; null: everyone's */
    public record Filter(MeldingType type, MeldingStatus status, String klantgroep, String melderOrganisatie,
                         TermijnVenster termijn, String ingediendDoor) {
    }

    public record PageOf(List<Melding> items, long total) {
    }

    /** Meldingen newest first, filtered and paginated. */
    @Transactional
    public PageOf list(Filter filter, int page, int pageSize) {
        StringBuilder query = new StringBuilder("from Melding m where 1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (filter.type() != null) {
            query.append(" and m.type = :type");
            params.put("type", filter.type());
        }
        if (filter.status() != null) {
            query.append(" and m.status = :status");
            params.put("status", filter.status());
        }
        if (filter.klantgroep() != null) {
            query.append(" and m.klantgroep = :klantgroep");
            params.put("klantgroep", filter.klantgroep());
        }
        if (filter.melderOrganisatie() != null) {
            query.append(" and lower(m.melderOrganisatie) = lower(:melder)");
            params.put("melder", filter.melderOrganisatie());
        }
        if (filter.ingediendDoor() != null) {
            query.append(" and m.ingediendDoor = :ingediendDoor");
            params.put("ingediendDoor", filter.ingediendDoor());
        }
        if (filter.termijn() != null) {
            query.append(" and exists (select 1 from Termijn t where t.meldingId = m.id and t.status = :open");
            params.put("open", Termijn.Status.OPEN);
            filter.termijn().voegToe(query, params, "t.uiterlijk", NlTime.vandaag(clock));
            query.append(")");
        }
        var find = Melding.<Melding>find(query.toString(),
                io.quarkus.panache.common.Sort.descending("m.registeredAt").and("m.id"), params);
        return new PageOf(find.page(io.quarkus.panache.common.Page.of(page - 1, pageSize)).list(), find.count());
    }

    /**
     * Every melding of the person with this BSN in either spelling (8 digits or 9), newest first, including those of
     * a duplicate registration still under review (empty when intake does not know them).
     */
    @Transactional
    public List<Melding> zoekOpBsn(String bsn) {
        List<UUID> klantIds = Persoon.allByBsn(bsn).stream().map(p -> p.klantId).toList();
        return klantIds.isEmpty() ? List.of()
                : Melding.<Melding>list("persoon.klantId in ?1 order by registeredAt desc, id", klantIds);
    }

    void publish(Melding melding, String type, Object data) {
        outbox.publish(new DomainEvent(topic, type, melding.persoon.klantId, PATH + "/" + melding.id, data));
    }

    /**
     * Loads the melding, checks the If-Match version (412) and that {@code actie} is allowed in its current status
     * (409 naming the status and the allowed actions), and moves it to the next status.
     */
    private Melding transition(UUID id, Long expectedVersion, MeldingWorkflow.Actie actie) {
        Melding melding = load(id, expectedVersion);
        MeldingStatus next = MeldingWorkflow.volgende(melding.type, melding.status, actie).orElseThrow(() ->
                ProblemException.conflict("illegal-transition", "A " + melding.type.code() + " melding with status "
                        + melding.status.code() + " does not allow " + actie.code() + "; allowed now: "
                        + MeldingWorkflow.toegestaan(melding.type, melding.status).stream()
                        .map(MeldingWorkflow.Actie::code).sorted().toList() + ".", null));
        melding.status = next;
        return melding;
    }

    /** The melding, checked against the If-Match version (412 when stale; {@code null}: no check). */
    Melding load(UUID id, Long expectedVersion) {
        Melding melding = get(id);
        IfMatch.vereis(expectedVersion, melding.version, "melding");
        return melding;
    }

    /** Screeningsgesprek reported (productenboek §2.2.2); a fraud suspicion goes to enforcement as a signal. */
    @Transactional
    public Melding screeningAfronden(UUID id, Long expectedVersion, MeldingStappen.Screeningsgesprek request,
                                     String actor) {
        if (request.juisteLoket() != JuisteLoket.GEMEENTE
                && (request.verwijzingReden() == null || request.verwijzingReden().isBlank())) {
            throw ProblemException.invalid("verwijzingReden", "is required when juisteLoket is "
                    + request.juisteLoket().code());
        }
        Melding melding = transition(id, expectedVersion, MeldingWorkflow.Actie.SCREENING_AFRONDEN);
        Screening screening = new Screening();
        screening.meldingId = melding.id;
        screening.hulpvragen(request.hulpvraag());
        screening.juisteLoket = request.juisteLoket();
        screening.verwijzingReden = request.verwijzingReden();
        screening.badVerwijzing = request.badVerwijzing();
        screening.fraudevermoeden = request.fraudevermoeden();
        screening.broodnood = request.broodnood();
        screening.rapportage = request.rapportage();
        screening.afgerondOp = Instant.now(clock);
        screening.afgerondDoor = actor;
        screening.persist();
        termijnen.bijScreening(melding, screening);
        publish(melding, IntakeEvents.SCREENING_AFGEROND, new IntakeEvents.ScreeningAfgerond(melding.id,
                screening.hulpvragen().stream().map(Hulpvraag::code).toList(), screening.juisteLoket.code(),
                screening.broodnood, screening.badVerwijzing, screening.fraudevermoeden));
        if (screening.fraudevermoeden) {
            publish(melding, IntakeEvents.HANDHAVINGSSIGNAAL_ONTVANGEN,
                    new IntakeEvents.HandhavingssignaalOntvangen(melding.id, "screening-fraudevermoeden"));
        }
        return melding;
    }

    /** Ambitiegesprek held (productenboek §2.2.3). */
    @Transactional
    public Melding ambitiegesprekVastleggen(UUID id, Long expectedVersion,
                                            MeldingStappen.Ambitiegespreksverslag request, String actor) {
        Melding melding = transition(id, expectedVersion, MeldingWorkflow.Actie.AMBITIEGESPREK_VASTLEGGEN);
        Ambitiegesprek gesprek = new Ambitiegesprek();
        gesprek.meldingId = melding.id;
        gesprek.zelfbeoordeling = request.zelfbeoordeling();
        gesprek.resultaat = request.resultaat();
        gesprek.aandachtspunten = request.aandachtspunten();
        gesprek.gehoudenOp = Instant.now(clock);
        gesprek.intaker = actor;
        gesprek.persist();
        termijnen.bijAmbitiegesprek(melding);
        return melding;
    }

    /**
     * Triage to a klantgroep of the municipality's configuration; the klant's preference is recorded beside the
     * consultant's decision (productenboek §2.2.3/§2.2.4). Unknown codes are a 400 listing the allowed ones.
     */
    @Transactional
    public Melding klantgroepBepalen(UUID id, Long expectedVersion,
                                     MeldingStappen.KlantgroepKeuze request, String actor) {
        List<String> codes = Klantgroep.actieve().stream().map(k -> k.code).toList();
        List<InvalidParam> invalid = new ArrayList<>();
        if (!codes.contains(request.klantgroep())) {
            invalid.add(new InvalidParam("klantgroep", "must be one of: " + String.join(", ", codes)));
        }
        if (request.klantVoorkeur() != null && !codes.contains(request.klantVoorkeur())) {
            invalid.add(new InvalidParam("klantVoorkeur", "must be one of: " + String.join(", ", codes)));
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.invalid(invalid);
        }
        Melding melding = transition(id, expectedVersion, MeldingWorkflow.Actie.KLANTGROEP_BEPALEN);
        KlantgroepBesluit besluit = new KlantgroepBesluit();
        besluit.id = UUID.randomUUID();
        besluit.meldingId = melding.id;
        besluit.klantgroep = request.klantgroep();
        besluit.klantVoorkeur = request.klantVoorkeur();
        besluit.reden = request.reden();
        besluit.beslotenOp = Instant.now(clock);
        besluit.beslotenDoor = actor;
        besluit.persist();
        melding.klantgroep = besluit.klantgroep;
        publish(melding, IntakeEvents.KLANTGROEP_BEPAALD, new IntakeEvents.KlantgroepBepaald(melding.id,
                besluit.klantgroep, besluit.klantVoorkeur, besluit.verschilVanMening()));
        return melding;
    }

    /**
     * Doorzetten: hands the melding over to casework by publishing {@code melding-doorgezet} with its klantgroep.
     * Only after the klantgroep is decided (409 otherwise); with {@code expectedVersion} a stale version is a 412.
     */
    @Transactional
    public Melding doorzetten(UUID id, Long expectedVersion) {
        Melding melding = transition(id, expectedVersion, MeldingWorkflow.Actie.DOORZETTEN);
        melding.doorgezetAt = Instant.now(clock);
        melding.afgeslotenAt = melding.doorgezetAt;
        termijnen.bijDoorzetten(melding);
        publish(melding, IntakeEvents.MELDING_DOORGEZET, new IntakeEvents.MeldingDoorgezet(melding.id,
                melding.type.code(), melding.meldingDatum, melding.doorgezetAt, melding.klantgroep));
        return melding;
    }

    /** The melding ends without doorzetten, with a reason code (the toelichting stays in intake). */
    @Transactional
    public Melding afwijzen(UUID id, Long expectedVersion, MeldingStappen.Afwijzing request) {
        Melding melding = transition(id, expectedVersion, MeldingWorkflow.Actie.AFWIJZEN);
        afsluiten(melding, request.reden().code(), request.toelichting());
        publish(melding, IntakeEvents.MELDING_AFGEWEZEN,
                new IntakeEvents.MeldingAfgesloten(melding.id, melding.type.code(), melding.afsluitReden));
        return melding;
    }

    /** The klant withdraws the melding (productenboek §2.2.2: the form to withdraw the melding). */
    @Transactional
    public Melding intrekken(UUID id, Long expectedVersion, String toelichting) {
        Melding melding = transition(id, expectedVersion, MeldingWorkflow.Actie.INTREKKEN);
        afsluiten(melding, "ingetrokken", toelichting);
        publish(melding, IntakeEvents.MELDING_INGETROKKEN,
                new IntakeEvents.MeldingAfgesloten(melding.id, melding.type.code(), melding.afsluitReden));
        return melding;
    }

    void afsluiten(Melding melding, String reden, String toelichting) {
        melding.afsluitReden = reden;
        melding.afsluitToelichting = toelichting;
        melding.afgeslotenAt = Instant.now(clock);
        termijnen.bijAfsluiting(melding);
    }
}
