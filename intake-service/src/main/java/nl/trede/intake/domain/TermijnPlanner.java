package nl.trede.intake.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.trede.platform.time.NlTime;
import nl.trede.platform.werk.WerkMarkering;

/**
 * Turns the deadline rules of {@link IntakeTermijnen} into the melding's {@link Termijn} rows as the melding moves
 * through the intake (Deventer productenboek §2.1–2.4), so deadlines exist from the moment of the melding and never
 * depend on a later step having been taken (docs/design-choices.md#dutch-calendar-days: Signalen computed deadlines
 * only on category assignment and left meldingen without one).
 */
@ApplicationScoped
public class TermijnPlanner {

    /** Deadlines of the benefit application that continue after doorzetten. */
    private static final Set<TermijnSoort> NA_DOORZETTEN =
            EnumSet.of(TermijnSoort.DOCUMENTEN, TermijnSoort.BESLISSING, TermijnSoort.ZOEKTERMIJN, TermijnSoort.VOORSCHOT);

    private final IntakeTermijnen regels = IntakeTermijnen.deventer();
    private final Clock clock;
    private final WerkMarkering werk;

    public TermijnPlanner(Clock clock, WerkMarkering werk) {
        this.clock = clock;
        this.werk = werk;
    }

    /** Zoektermijn exceptions stated at registration (Pw art. 41 lid 4 a and b). */
    public record Uitzonderingen(LocalDate laatsteInschrijvingProVso, boolean medischUrenbeperktOfDoelgroepLks) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void bijRegistratie(Melding melding, Uitzonderingen uitzonderingen) {
        // Every deadline runs from the day the melding was received (its meldingsdatum), which may lie before the day
        // it was registered: a letter of Friday registered on Monday (Awb 4:13, Pw art. 44 lid 2).
        LocalDate ontvangen = melding.meldingDatum;
        // A melding being registered has no deadline yet: nothing to look up (and no auto-flush for the lookup).
        Set<TermijnSoort> bestaand = EnumSet.noneOf(TermijnSoort.class);
        if (melding.type == MeldingType.AANVRAAG_LEVENSONDERHOUD) {
            if (melding.kanaal == Kanaal.DIGITAAL) {
                add(bestaand, melding, TermijnSoort.TERUGBELLEN, regels.terugbellenUiterlijk(ontvangen));
            }
            add(bestaand, melding, TermijnSoort.SCREENING, regels.screeningUiterlijk(ontvangen));
            add(bestaand, melding, TermijnSoort.BESLISSING, regels.beslistermijnEinde(melding.meldingDatum, List.of()));
            IntakeTermijnen.Zoektermijnsituatie situatie = IntakeTermijnen.Zoektermijnsituatie
                    .alleenstaande(melding.meldingDatum, melding.persoon.geboortedatum);
            if (uitzonderingen.laatsteInschrijvingProVso() != null) {
                situatie = situatie.metPrOVsoTot(uitzonderingen.laatsteInschrijvingProVso());
            }
            if (uitzonderingen.medischUrenbeperktOfDoelgroepLks()) {
                situatie = situatie.metMedischUrenbeperktOfDoelgroepLks();
            }
            IntakeTermijnen.Zoektermijn zoektermijn = regels.zoektermijn(situatie);
            if (zoektermijn.vanToepassing()) {
                add(bestaand, melding, TermijnSoort.ZOEKTERMIJN, zoektermijn.aanvraagVanaf());
            }
        } else if (melding.type == MeldingType.VERZOEK_ONDERSTEUNING) {
            add(bestaand, melding, TermijnSoort.SCREENING, regels.screeningUiterlijk(ontvangen));
        }
        if (melding.broodnood) {
            // Due at once: on the day the broodnood became known with the melding.
            add(bestaand, melding, TermijnSoort.VOORSCHOT, ontvangen);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void bijScreening(Melding melding, Screening screening) {
        afhandelen(melding.id, EnumSet.of(TermijnSoort.TERUGBELLEN, TermijnSoort.SCREENING), Termijn.Status.VOLDAAN);
        Set<TermijnSoort> bestaand = soorten(melding.id);
        LocalDate screeningsdatum = NlTime.datum(screening.afgerondOp);
        boolean jongerDan27 = IntakeTermijnen.isJongerDan27(melding.persoon.geboortedatum, melding.meldingDatum);
        add(bestaand, melding, TermijnSoort.AMBITIEGESPREK, regels.ambitiegesprek(screeningsdatum, jongerDan27).uiterlijk());
        if (melding.type == MeldingType.AANVRAAG_LEVENSONDERHOUD) {
            add(bestaand, melding, TermijnSoort.DOCUMENTEN, regels.documentenUiterlijk(screeningsdatum));
        }
        if (screening.broodnood) {
            add(bestaand, melding, TermijnSoort.VOORSCHOT, NlTime.datum(regels.voorschotBijBroodnood(screening.afgerondOp)));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void bijAmbitiegesprek(Melding melding) {
        afhandelen(melding.id, EnumSet.of(TermijnSoort.AMBITIEGESPREK), Termijn.Status.VOLDAAN);
        // no event for this step: the klant's open work changed all the same (docs/contracts/werkitems.md)
        werk.markeer(melding.persoon.klantId);
    }

    public IntakeTermijnen regels() {
        return regels;
    }

    /**
     * An aanvultermijn was sent: it replaces the inlevertermijn, brings an SMS reminder one day before its end, and
     * suspends the beslistermijn (PB §2.1 and §2.2.2; Awb 4:5, 4:15 lid 1 a).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bijAanvultermijn(Melding melding, Aanvulverzoek verzoek, List<IntakeTermijnen.Aanvultermijn> alle) {
        afhandelen(melding.id, EnumSet.of(TermijnSoort.DOCUMENTEN), Termijn.Status.VERVALLEN);
        zet(melding, TermijnSoort.AANVULTERMIJN, verzoek.einde);
        zet(melding, TermijnSoort.SMS_HERINNERING, regels.smsHerinneringAanvultermijn(verzoek.einde));
        beslistermijn(melding, alle);
    }

    /** The documents are complete: the document deadlines are met; the beslistermijn runs on from the aanvulling. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bijDocumentenCompleet(Melding melding, List<IntakeTermijnen.Aanvultermijn> alle) {
        afhandelen(melding.id, EnumSet.of(TermijnSoort.DOCUMENTEN, TermijnSoort.AANVULTERMIJN), Termijn.Status.VOLDAAN);
        afhandelen(melding.id, EnumSet.of(TermijnSoort.SMS_HERINNERING), Termijn.Status.VERVALLEN);
        beslistermijn(melding, alle);
    }

    private void beslistermijn(Melding melding, List<IntakeTermijnen.Aanvultermijn> alle) {
        Termijn.update("uiterlijk = ?1 where meldingId = ?2 and soort = ?3 and status = ?4",
                regels.beslistermijnEinde(melding.meldingDatum, alle), melding.id, TermijnSoort.BESLISSING,
                Termijn.Status.OPEN);
    }

    /** Doorgezet: the intake's own steps are over; the application's deadlines go on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bijDoorzetten(Melding melding) {
        afhandelen(melding.id, EnumSet.complementOf(EnumSet.copyOf(NA_DOORZETTEN)), Termijn.Status.VERVALLEN);
    }

    /** Afgewezen, ingetrokken or buiten behandeling: no deadline is left. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bijAfsluiting(Melding melding) {
        afhandelen(melding.id, EnumSet.allOf(TermijnSoort.class), Termijn.Status.VERVALLEN);
    }

    /** The kinds of deadline the melding has, in one query. */
    private static Set<TermijnSoort> soorten(UUID meldingId) {
        Set<TermijnSoort> soorten = EnumSet.noneOf(TermijnSoort.class);
        soorten.addAll(Termijn.getEntityManager()
                .createQuery("select t.soort from Termijn t where t.meldingId = ?1", TermijnSoort.class)
                .setParameter(1, meldingId).getResultList());
        return soorten;
    }

    /** Adds the deadline unless the melding has one of that kind ({@code bestaand}, kept up to date here). */
    private void add(Set<TermijnSoort> bestaand, Melding melding, TermijnSoort soort, LocalDate uiterlijk) {
        if (bestaand.add(soort)) {
            persist(melding, soort, uiterlijk);
        }
    }

    private void persist(Melding melding, TermijnSoort soort, LocalDate uiterlijk) {
        Termijn termijn = new Termijn();
        termijn.id = UUID.randomUUID();
        termijn.meldingId = melding.id;
        termijn.soort = soort;
        termijn.uiterlijk = uiterlijk;
        termijn.status = Termijn.Status.OPEN;
        termijn.bron = soort.bron();
        termijn.aangemaaktOp = Instant.now(clock);
        termijn.persist();
    }

    /** Creates the deadline, or moves an earlier one of the same kind (a second aanvultermijn) and reopens it. */
    private void zet(Melding melding, TermijnSoort soort, LocalDate uiterlijk) {
        Termijn.<Termijn>find("meldingId = ?1 and soort = ?2", melding.id, soort).firstResultOptional()
                .ifPresentOrElse(t -> {
                    t.uiterlijk = uiterlijk;
                    t.status = Termijn.Status.OPEN;
                    t.afgehandeldOp = null;
                }, () -> persist(melding, soort, uiterlijk));
    }

    private void afhandelen(UUID meldingId, Set<TermijnSoort> soorten, Termijn.Status status) {
        Termijn.update("status = ?1, afgehandeldOp = ?2 where meldingId = ?3 and soort in ?4 and status = ?5",
                status, Instant.now(clock), meldingId, soorten, Termijn.Status.OPEN);
    }
}
