package nl.trede.intake.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import nl.trede.platform.time.NlTime;
import nl.trede.platform.time.Werkdagen;

/**
 * Every deadline of the intake (melding → screening → ambitiegesprek → aanvraag → beschikking, zoektermijn and
 * voorschot) as pure functions: no clock, no database, no Quarkus. Sources: sources D3.1 and D3.2 (the
 * Deventer productenboek, "PB"), D9 (parameters), D11 (inconsistencies); sources L4.5 and L4.9; the
 * Participatiewet (Pw) text valid from 2026-01-01 (wetten.overheid.nl BWBR0015703/2026-01-01, read in
 * {@code MinBZK/regelrecht-corpus}); the Algemene termijnenwet via {@link Werkdagen}. [FACT] / [DERIVED] are the marks
 * of the Deventer sources (D); "[DERIVED here]" marks a choice made in this class.
 *
 * <p>Instants become Dutch calendar days with {@link NlTime#datum} (docs/design-choices.md#dutch-calendar-days): a
 * melding at 23:30 UTC on a winter Friday is a Saturday melding, and working days are counted from that Saturday.
 */
public final class IntakeTermijnen {

    /** Pw art. 41 lid 4: the zoektermijn, „niet eerder ... dan vier weken na de melding". Statutory. */
    public static final Period ZOEKTERMIJN = Period.ofWeeks(4);

    /** Pw art. 41 lid 4: the zoektermijn applies to applicants „jonger dan 27 jaar". */
    public static final int ZOEKTERMIJN_LEEFTIJDSGRENS = 27;

    /** Pw art. 41 lid 4 onder a: the PrO/VSO exception covers enrolment „uiterlijk een jaar voorafgaand". */
    public static final Period PRO_VSO_UITZONDERING = Period.ofYears(1);

    /** Pw art. 41 lid 11 (college may take the aanvraag in behandeling earlier) is in force from this date. */
    public static final LocalDate ARTIKEL_41_LID_11_VANAF = LocalDate.of(2026, 1, 1);

    /** Pw art. 52 lid 1: voorschot „uiterlijk binnen vier weken na de datum van aanvraag". */
    public static final Period VOORSCHOTTERMIJN = Period.ofWeeks(4);

    /** Awb art. 4:13 lid 2: the redelijke termijn has in any case passed eight weeks after receipt of the aanvraag. */
    public static final Period WETTELIJKE_BESLISTERMIJN = Period.ofWeeks(8);

    /** Pw art. 13 lid 1 onder f: no right to bijstand for someone „die jonger is dan 18 jaar". */
    public static final int MEERDERJARIG = 18;

    /**
     * The configurable service norms of a municipality. {@link #DEVENTER} holds the values of sources D9 with the
     * source of each value. Numbers the source does not give are empty, never invented.
     *
     * @param terugbellenWerkdagen           call-back after a digital melding, in working days
     * @param screeningWerkdagen             screeningsgesprek after the melding, in working days
     * @param rapportageNaScreening          report in the case system after the screeningsgesprek
     * @param dariuzTermijn                  Dariuz questionnaire after the screening, in calendar days
     * @param dariuzHerinneringWerkdagen     Dariuz reminder, working days before the ambitiegesprek
     * @param ambitiegesprekWerkdagen        ambitiegesprek after the screening, in working days
     * @param ambitiegesprekJongerenWerkdagen the same for applicants under 27, when the municipality sets a number
     * @param inlevertermijnWerkdagen        aanvraagformulier and bewijsstukken after the screening, in working days
     * @param nabellenWerkdagen              the IC calls about missing documents, working days after the screening
     * @param aanvultermijn                  default length of an aanvultermijn (Awb 4:5), if the municipality has one
     * @param smsVoorEindeAanvultermijn      SMS reminder, calendar days before the aanvultermijn ends
     * @param beslistermijn                  the municipality's decision norm, counted from the melding
     */
    public record Parameters(
            int terugbellenWerkdagen,
            int screeningWerkdagen,
            Duration rapportageNaScreening,
            Period dariuzTermijn,
            int dariuzHerinneringWerkdagen,
            int ambitiegesprekWerkdagen,
            OptionalInt ambitiegesprekJongerenWerkdagen,
            int inlevertermijnWerkdagen,
            int nabellenWerkdagen,
            Optional<Period> aanvultermijn,
            Period smsVoorEindeAanvultermijn,
            Period beslistermijn) {

        /** Deventer, sources D9 "Configuration parameters" (all [FACT] values of PB 2021 unless marked). */
        public static final Parameters DEVENTER = new Parameters(
                1,                   // melding.callbackDigital: 1 working day ([CORONA] 24 h) — PB §2.1
                2,                   // screening.within: 2 working days — PB §2.1, werkproces step 3
                Duration.ofHours(48), // screening.reportWithin: 48 hours — PB §2.2.2
                Period.ofDays(5),    // dariuz.deadline: „vijf dagen later" — PB §2.2.3
                3,                   // dariuz.reminder: 3 working days before the ambitiegesprek — PB §2.2.3
                5,                   // ambitiegesprek.within: 5 working days after screening — PB §2.1
                OptionalInt.empty(), // youth: „bij voorkeur eerder" than 5 working days, no number — PB §2.3.1
                5,                   // aanvraag.documentsWithin: 5 working days — PB §2.2.2, werkproces step 5
                4,                   // aanvraag.callAfter: "4 days" (sources D3.1, D9) / "4 working days" (step 8) — PB §2.2.2
                Optional.empty(),    // aanvultermijn length: [GAP] not in seed 004; set per letter (Awb 4:5)
                Period.ofDays(1),    // SMS 1 day before the end of the aanvultermijn — PB §2.2.2
                Period.ofWeeks(8));  // aanvraag.maxDecisionTime: 8 weeks from melding; heading: 4 (I-1) — PB §2.1

        public Parameters {
            Objects.requireNonNull(rapportageNaScreening, "rapportageNaScreening");
            Objects.requireNonNull(dariuzTermijn, "dariuzTermijn");
            Objects.requireNonNull(ambitiegesprekJongerenWerkdagen, "ambitiegesprekJongerenWerkdagen");
            Objects.requireNonNull(aanvultermijn, "aanvultermijn");
            Objects.requireNonNull(smsVoorEindeAanvultermijn, "smsVoorEindeAanvultermijn");
            Objects.requireNonNull(beslistermijn, "beslistermijn");
        }
    }

    private final Parameters parameters;
    private final Werkdagen werkdagen;

    public IntakeTermijnen(Parameters parameters, Werkdagen werkdagen) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.werkdagen = Objects.requireNonNull(werkdagen, "werkdagen");
    }

    /** Deventer's norms on the Algemene termijnenwet calendar. */
    public static IntakeTermijnen deventer() {
        return new IntakeTermijnen(Parameters.DEVENTER, Werkdagen.ATW);
    }

    public Parameters parameters() {
        return parameters;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Melding and screening (sources D3.1)
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * The meldingsdatum: the Dutch calendar day on which the melding was received (Pw art. 44 lid 1–2: bijstand not
     * before the day of melding; PB §2.2.1: „De meldingsdatum en de gekoppelde start van de uitkering, zal hierbij
     * niet verschillen.").
     */
    public LocalDate meldingsdatum(Instant ontvangen) {
        return NlTime.datum(ontvangen);
    }

    /**
     * Latest day for the call-back after a digital melding: 1 working day (sources D3.1 [FACT], PB §2.1: „Klant
     * meldt zich digitaal en wordt binnen één werkdag gebeld om een afspraak te maken met een inkomensconsulent";
     * D10 S14).
     */
    public LocalDate terugbellenUiterlijk(Instant meldingOntvangen) {
        return terugbellenUiterlijk(meldingsdatum(meldingOntvangen));
    }

    /** {@link #terugbellenUiterlijk(Instant)} from the meldingsdatum (a melding received before it was registered). */
    public LocalDate terugbellenUiterlijk(LocalDate meldingsdatum) {
        return werkdagen.plusWerkdagen(meldingsdatum, parameters.terugbellenWerkdagen());
    }

    /**
     * Latest day for the screeningsgesprek: 2 working days after the melding (sources D3.1 [FACT], PB §2.1 „binnen
     * twee werkdagen ingepland voor een screeningsgesprek"; werkproces step 3 „Na maximaal twee dagen na de melding";
     * D10 S14).
     */
    public LocalDate screeningUiterlijk(Instant meldingOntvangen) {
        return screeningUiterlijk(meldingsdatum(meldingOntvangen));
    }

    /** {@link #screeningUiterlijk(Instant)} from the meldingsdatum (a melding received before it was registered). */
    public LocalDate screeningUiterlijk(LocalDate meldingsdatum) {
        return werkdagen.plusWerkdagen(meldingsdatum, parameters.screeningWerkdagen());
    }

    /**
     * Latest moment for the report of the screeningsgesprek: 48 hours after the gesprek (sources D3.1 [FACT], PB
     * §2.2.2 „rapporteert over het gesprek in GWS (binnen 48 uur)"). Exact hours, not working days; the Atw does not
     * apply to terms in hours (Atw art. 4 onder a), and this is a service norm anyway.
     */
    public Instant rapportageUiterlijk(Instant screeningsgesprek) {
        return screeningsgesprek.plus(parameters.rapportageNaScreening());
    }

    /** Latest day for the Dariuz questionnaire: 5 days after the screening (sources D3.1 [FACT], PB §2.2.3). */
    public LocalDate dariuzUiterlijk(LocalDate screeningsdatum) {
        return screeningsdatum.plus(parameters.dariuzTermijn());
    }

    /**
     * Day of the Dariuz reminder: 3 working days before the ambitiegesprek (sources D3.1 [FACT], PB §2.2.3).
     */
    public LocalDate dariuzHerinnering(LocalDate ambitiegesprekdatum) {
        return werkdagen.minusWerkdagen(ambitiegesprekdatum, parameters.dariuzHerinneringWerkdagen());
    }

    /**
     * The deadline of an ambitiegesprek.
     *
     * @param uiterlijk         latest day
     * @param zoMogelijkEerder  true for applicants under 27: PB §2.3.1 wants their ambitiegesprek „bij voorkeur"
     *                          sooner than 5 working days because of the zoektermijn; the source gives no number
     */
    public record Ambitiegesprektermijn(LocalDate uiterlijk, boolean zoMogelijkEerder) {
    }

    /**
     * The ambitiegesprek: within 5 working days after the screening (sources D3.1 [FACT], PB §2.1 „Dit gesprek zal
     * binnen 5 werkdagen plaatsvinden"). For applicants under 27 (sources D3.2 [FACT], PB §2.3.1) the gesprek is
     * preferably sooner; the latest day is the youth number when the municipality configures one, else the same
     * 5 working days with the "zo mogelijk eerder" flag (Deventer gives no number).
     *
     * @param jongerDan27 whether the applicant is under 27 on the meldingsdatum (see {@link #isJongerDan27})
     */
    public Ambitiegesprektermijn ambitiegesprek(LocalDate screeningsdatum, boolean jongerDan27) {
        int dagen = jongerDan27
                ? parameters.ambitiegesprekJongerenWerkdagen().orElse(parameters.ambitiegesprekWerkdagen())
                : parameters.ambitiegesprekWerkdagen();
        return new Ambitiegesprektermijn(werkdagen.plusWerkdagen(screeningsdatum, dagen), jongerDan27);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Aanvraag: documents, aanvultermijn, buiten behandeling (sources D3.1)
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Latest day for the aanvraagformulier and bewijsstukken (the inlevertermijn): 5 working days after the
     * screening, where the client gets the form and the list of evidence (sources D3.1 [FACT], PB §2.2.2 "Wanneer
     * moeten gegevens ingeleverd worden?"; werkproces step 5 „binnen 5 werkdagen"; D10 S15).
     */
    public LocalDate documentenUiterlijk(LocalDate screeningsdatum) {
        return werkdagen.plusWerkdagen(screeningsdatum, parameters.inlevertermijnWerkdagen());
    }

    /**
     * Day on which the IC calls when documents are still missing: 4 working days after the screening (sources D3.1
     * [FACT]; werkproces step 8 says "calls after 4 working days", the D3.1 table and D9 say "4 days"; working days
     * are used here so that the call falls before the 5-working-day inlevertermijn ends; D10 S15).
     */
    public LocalDate nabellenOp(LocalDate screeningsdatum) {
        return werkdagen.plusWerkdagen(screeningsdatum, parameters.nabellenWerkdagen());
    }

    /**
     * The end of an aanvultermijn with the municipality's default length.
     *
     * @throws IllegalStateException when the municipality configured no default (Deventer: D3.1 gives no length,
     *                               [GAP]); use {@link #aanvultermijnEinde(LocalDate, Period)} with the letter's length
     */
    public LocalDate aanvultermijnEinde(LocalDate uitnodigingsdatum) {
        Period lengte = parameters.aanvultermijn().orElseThrow(() -> new IllegalStateException(
                "no default aanvultermijn configured; the letter must state its length (Awb 4:5)"));
        return aanvultermijnEinde(uitnodigingsdatum, lengte);
    }

    /**
     * The end of an aanvultermijn of {@code lengte} from the day of the letter (Awb art. 4:5: the college lets the
     * aanvrager supplement the aanvraag „binnen een door het bestuursorgaan gestelde termijn"; sources D3.1 [FACT]
     * mentions the aanvultermijn, not its length). [DERIVED here] A term that would end on a Saturday, Sunday or
     * feestdag ends on the next working day, as the Atw prescribes for statutory terms.
     */
    public LocalDate aanvultermijnEinde(LocalDate uitnodigingsdatum, Period lengte) {
        return werkdagen.termijnEinde(uitnodigingsdatum.plus(lengte));
    }

    /**
     * Day of the SMS reminder: 1 day before the aanvultermijn ends (sources D3.1 [FACT], PB §2.2.2; werkproces
     * step 8 „SMS one day before its end").
     */
    public LocalDate smsHerinneringAanvultermijn(LocalDate aanvultermijnEinde) {
        return aanvultermijnEinde.minus(parameters.smsVoorEindeAanvultermijn());
    }

    /**
     * First day on which the aanvraag may be left „buiten behandeling" when the aanvultermijn passed unused: the day
     * after its last day (sources D3.1 [FACT], PB §2.2.2 „zal de aanvraag formeel buiten behandeling worden
     * gelaten"; Awb art. 4:5 lid 1; D10 S15).
     */
    public LocalDate buitenBehandelingVanaf(LocalDate aanvultermijnEinde) {
        return aanvultermijnEinde.plusDays(1);
    }

    /**
     * One invitation to supplement the aanvraag (Awb art. 4:5) and its outcome.
     *
     * @param uitnodigingsdatum the day the letter was sent
     * @param einde             the last day of the aanvultermijn
     * @param aangevuldOp       the day the aanvraag was supplemented; {@code null} while it is not
     */
    public record Aanvultermijn(LocalDate uitnodigingsdatum, LocalDate einde, LocalDate aangevuldOp) {

        public Aanvultermijn {
            Objects.requireNonNull(uitnodigingsdatum, "uitnodigingsdatum");
            Objects.requireNonNull(einde, "einde");
            if (!einde.isAfter(uitnodigingsdatum)) {
                throw new IllegalArgumentException("einde " + einde + " must lie after " + uitnodigingsdatum);
            }
            if (aangevuldOp != null && aangevuldOp.isBefore(uitnodigingsdatum)) {
                throw new IllegalArgumentException("aangevuldOp " + aangevuldOp + " lies before the invitation");
            }
        }

        /** An aanvultermijn that was not (yet) used. */
        public static Aanvultermijn open(LocalDate uitnodigingsdatum, LocalDate einde) {
            return new Aanvultermijn(uitnodigingsdatum, einde, null);
        }

        /**
         * The days on which the beslistermijn is suspended. Awb art. 4:15 lid 1 onder a: „opgeschort met ingang van
         * de dag na die waarop het bestuursorgaan de aanvrager krachtens artikel 4:5 uitnodigt de aanvraag aan te
         * vullen, tot de dag waarop de aanvraag is aangevuld of de daarvoor gestelde termijn ongebruikt is
         * verstreken" (pgawb.nl, artikel 4:15). [DERIVED here] "tot" is read as exclusive: the term runs again on the
         * day of the aanvulling; an unused term suspends through its last day, so the suspension then equals the
         * length of the aanvultermijn. A supplement after the term had lapsed does not shorten it.
         */
        public Set<LocalDate> opgeschorteDagen() {
            boolean tijdigAangevuld = aangevuldOp != null && !aangevuldOp.isAfter(einde);
            LocalDate hervatting = tijdigAangevuld ? aangevuldOp : einde.plusDays(1);
            LocalDate eersteDag = uitnodigingsdatum.plusDays(1);
            if (!hervatting.isAfter(eersteDag)) {
                return Set.of();
            }
            return Set.copyOf(eersteDag.datesUntil(hervatting).toList());
        }
    }

    /**
     * The number of days the beslistermijn is suspended by {@code aanvultermijnen} (Awb art. 4:15 lid 1 onder a);
     * overlapping aanvultermijnen count each day once.
     */
    public static long opgeschorteDagen(List<Aanvultermijn> aanvultermijnen) {
        Set<LocalDate> dagen = new TreeSet<>();
        aanvultermijnen.forEach(a -> dagen.addAll(a.opgeschorteDagen()));
        return dagen.size();
    }

    /**
     * The municipality's beslistermijn: at most 8 weeks from the melding, extended by the aanvultermijnen (sources
     * D3.1 [FACT], PB §2.1: „maximaal acht weken vanaf de melding/aanvraag. Tenzij er sprake is van één of meerdere
     * aanvultermijnen dan kan de maximale duur hiermee verlengd worden."; sources D11 I-1: the PB heading says
     * „maximaal vier weken", so the length is {@link Parameters#beslistermijn}, default 8 weeks). The extension is
     * the Awb 4:15 suspension ({@link #opgeschorteDagen}); a last day on a weekend or feestdag moves to the next
     * working day (Atw art. 1; the term is not longer than 12 weeks, Atw art. 4).
     */
    public LocalDate beslistermijnEinde(LocalDate meldingsdatum, List<Aanvultermijn> aanvultermijnen) {
        return termijnMetOpschorting(meldingsdatum, parameters.beslistermijn(), aanvultermijnen);
    }

    /**
     * The statutory limit: Awb art. 4:13 lid 2, eight weeks after receipt of the aanvraag, suspended per Awb 4:15
     * (sources L4.5 "Beslistermijn": the Participatiewet has no beslistermijn of its own). Counted from
     * the aanvraag, not the melding: for a young person with a zoektermijn the aanvraag comes at least four weeks
     * after the melding, so this limit lies later than the Deventer norm of {@link #beslistermijnEinde}.
     */
    public LocalDate wettelijkeBeslistermijnEinde(LocalDate aanvraagdatum, List<Aanvultermijn> aanvultermijnen) {
        return termijnMetOpschorting(aanvraagdatum, WETTELIJKE_BESLISTERMIJN, aanvultermijnen);
    }

    private LocalDate termijnMetOpschorting(LocalDate start, Period termijn, List<Aanvultermijn> aanvultermijnen) {
        aanvultermijnen.forEach(a -> {
            if (a.uitnodigingsdatum().isBefore(start)) {
                throw new IllegalArgumentException("aanvultermijn sent on " + a.uitnodigingsdatum()
                        + " before the start of the term " + start);
            }
        });
        LocalDate laatsteDag = start.plus(termijn).plusDays(opgeschorteDagen(aanvultermijnen));
        return werkdagen.termijnEinde(laatsteDag);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Zoektermijn (sources D3.2; Pw art. 41 lid 4, 11 and 12)
    // ---------------------------------------------------------------------------------------------------------------

    /** True when someone born on {@code geboortedatum} is under 27 on {@code peildatum} (the 27th birthday is not). */
    public static boolean isJongerDan27(LocalDate geboortedatum, LocalDate peildatum) {
        return leeftijd(geboortedatum, peildatum) < ZOEKTERMIJN_LEEFTIJDSGRENS;
    }

    /**
     * A decision of the college under Pw art. 41 lid 11 (from 2026-01-01): „In afwijking van het vierde lid kan het
     * college de aanvraag voor het verstrijken van de termijn van vier weken in behandeling nemen, indien naar het
     * oordeel van het college de omstandigheden van de belanghebbende of het gezin daartoe aanleiding geven." A
     * discretionary decision with a recorded reason, never automatic.
     *
     * @param besluitdatum the day of the decision; from then on the aanvraag can be taken in behandeling
     * @param reden        the circumstances that give reason to it
     */
    public record VervroegdeBehandeling(LocalDate besluitdatum, String reden) {

        /**
         * The Deventer reason for vulnerable young people. sources D3.2 [CORONA], PB §2.4.5: „Zo is er voor kwetsbare
         * jongeren momenteel geen zoekperiode." That was a temporary corona measure; from 2026 it can only take the
         * form of an art. 41 lid 11 decision per person.
         */
        public static final String REDEN_KWETSBARE_JONGERE =
                "kwetsbare jongere (PB §2.4.5 [CORONA]: voor kwetsbare jongeren geen zoekperiode)";

        public VervroegdeBehandeling {
            Objects.requireNonNull(besluitdatum, "besluitdatum");
            if (reden == null || reden.isBlank()) {
                throw new IllegalArgumentException("a decision under Pw art. 41 lid 11 needs a reason");
            }
            if (besluitdatum.isBefore(ARTIKEL_41_LID_11_VANAF)) {
                throw new IllegalArgumentException("Pw art. 41 lid 11 applies from " + ARTIKEL_41_LID_11_VANAF
                        + ", not on " + besluitdatum);
            }
        }
    }

    /**
     * The facts that decide the zoektermijn.
     *
     * @param meldingsdatum                      the day of the melding (Pw art. 44 lid 2)
     * @param geboortedata                       the applicant, or both spouses (Pw art. 41 lid 4: „gehuwden waarvan
     *                                           beide echtgenoten jonger dan 27 jaar zijn")
     * @param laatsteInschrijvingPrOVso          the last day one of them was enrolled in praktijkonderwijs or
     *                                           voortgezet speciaal onderwijs; {@code null} when never
     * @param medischUrenbeperktOfDoelgroepLks   one of them is medisch urenbeperkt or in the doelgroep
     *                                           loonkostensubsidie (Pw art. 41 lid 4 onder b)
     * @param vervroegdeBehandeling              a decision under Pw art. 41 lid 11; {@code null} when none
     */
    public record Zoektermijnsituatie(LocalDate meldingsdatum, List<LocalDate> geboortedata,
                                      LocalDate laatsteInschrijvingPrOVso, boolean medischUrenbeperktOfDoelgroepLks,
                                      VervroegdeBehandeling vervroegdeBehandeling) {

        public Zoektermijnsituatie {
            Objects.requireNonNull(meldingsdatum, "meldingsdatum");
            geboortedata = List.copyOf(geboortedata);
            if (geboortedata.isEmpty() || geboortedata.size() > 2) {
                throw new IllegalArgumentException("one applicant or two spouses, not " + geboortedata.size());
            }
        }

        public static Zoektermijnsituatie alleenstaande(LocalDate meldingsdatum, LocalDate geboortedatum) {
            return new Zoektermijnsituatie(meldingsdatum, List.of(geboortedatum), null, false, null);
        }

        public static Zoektermijnsituatie gehuwden(LocalDate meldingsdatum, LocalDate geboortedatum,
                                                  LocalDate geboortedatumEchtgenoot) {
            return new Zoektermijnsituatie(meldingsdatum, List.of(geboortedatum, geboortedatumEchtgenoot), null,
                    false, null);
        }

        public Zoektermijnsituatie metPrOVsoTot(LocalDate laatsteInschrijving) {
            return new Zoektermijnsituatie(meldingsdatum, geboortedata, laatsteInschrijving,
                    medischUrenbeperktOfDoelgroepLks, vervroegdeBehandeling);
        }

        public Zoektermijnsituatie metMedischUrenbeperktOfDoelgroepLks() {
            return new Zoektermijnsituatie(meldingsdatum, geboortedata, laatsteInschrijvingPrOVso, true,
                    vervroegdeBehandeling);
        }

        public Zoektermijnsituatie metVervroegdeBehandeling(VervroegdeBehandeling besluit) {
            return new Zoektermijnsituatie(meldingsdatum, geboortedata, laatsteInschrijvingPrOVso,
                    medischUrenbeperktOfDoelgroepLks, besluit);
        }
    }

    /**
     * The outcome.
     *
     * @param vanToepassing whether Pw art. 41 lid 4 applies (also when a lid 11 decision shortened it)
     * @param aanvraagVanaf the first day the aanvraag can be submitted and taken in behandeling; without a
     *                      zoektermijn the meldingsdatum (Pw art. 41 lid 12: „onverwijld")
     * @param grond         the legal ground, for the beschikking and the audit trail
     */
    public record Zoektermijn(boolean vanToepassing, LocalDate aanvraagVanaf, String grond) {
    }

    /**
     * The zoektermijn: an aanvraag of applicants under 27 „wordt niet eerder ingediend dan vier weken na de melding
     * ... en wordt niet eerder dan vier weken na die melding door het college in behandeling genomen" (Pw art. 41
     * lid 4; sources D3.2 [FACT], PB §2.3.1 „Jongeren tussen de 18 en 27 jaar hebben wettelijk een zoekperiode van
     * vier weken"; sources L4.5; D10 S16). In order:
     * <ol>
     *   <li>an applicant (or one spouse) of 27 or older on the meldingsdatum: no zoektermijn. [DERIVED here] The age
     *       is taken on the meldingsdatum, as Deventer's reception screens "27-/27+" at the melding (PB §2.2.2
     *       werkproces step 2); the Pw itself ties the age to the aanvraag (art. 43 lid 4 „ten tijde van de
     *       aanvraag").</li>
     *   <li>lid 4 onder a: enrolled in praktijkonderwijs or VSO „uiterlijk een jaar voorafgaand aan de aanvraag"
     *       (PB §2.2.2: „de wettelijke wachttijd (behalve jongeren van speciaal onderwijs)"). [DERIVED here] Measured
     *       from the meldingsdatum, the first day the aanvraag can then be made.</li>
     *   <li>lid 4 onder b: medisch urenbeperkt or doelgroep loonkostensubsidie.</li>
     *   <li>otherwise the zoektermijn runs four weeks from the meldingsdatum, unless the college decided under lid 11
     *       to take the aanvraag in behandeling earlier.</li>
     * </ol>
     * [DERIVED here] The end is not moved by the Atw: the zoektermijn is a waiting period, and extending it would
     * only delay the applicant.
     *
     * @throws IllegalArgumentException when a lid 11 decision predates the melding or comes when the zoektermijn
     *                                  has already ended
     */
    public Zoektermijn zoektermijn(Zoektermijnsituatie situatie) {
        LocalDate melding = situatie.meldingsdatum();
        if (!allenJongerDan27(situatie)) {
            return new Zoektermijn(false, melding,
                    "Pw art. 41 lid 4: niet iedereen jonger dan 27 jaar op de meldingsdatum");
        }
        if (uitzonderingPrOVso(situatie)) {
            return new Zoektermijn(false, melding, "Pw art. 41 lid 4 onder a: praktijkonderwijs of voortgezet speciaal"
                    + " onderwijs tot uiterlijk een jaar voor de melding");
        }
        if (situatie.medischUrenbeperktOfDoelgroepLks()) {
            return new Zoektermijn(false, melding,
                    "Pw art. 41 lid 4 onder b: medisch urenbeperkt of doelgroep loonkostensubsidie");
        }
        LocalDate einde = melding.plus(ZOEKTERMIJN);
        VervroegdeBehandeling besluit = situatie.vervroegdeBehandeling();
        if (besluit == null) {
            return new Zoektermijn(true, einde, "Pw art. 41 lid 4: zoektermijn van vier weken na de melding");
        }
        requireBesluitBinnenZoektermijn(besluit, melding, einde);
        return new Zoektermijn(true, besluit.besluitdatum(), "Pw art. 41 lid 11: " + besluit.reden());
    }

    private static boolean allenJongerDan27(Zoektermijnsituatie situatie) {
        return situatie.geboortedata().stream().allMatch(g -> isJongerDan27(g, situatie.meldingsdatum()));
    }

    private static boolean uitzonderingPrOVso(Zoektermijnsituatie situatie) {
        LocalDate laatsteInschrijving = situatie.laatsteInschrijvingPrOVso();
        return laatsteInschrijving != null
                && !laatsteInschrijving.isBefore(situatie.meldingsdatum().minus(PRO_VSO_UITZONDERING));
    }

    private static void requireBesluitBinnenZoektermijn(VervroegdeBehandeling besluit, LocalDate melding,
                                                        LocalDate einde) {
        if (besluit.besluitdatum().isBefore(melding) || !besluit.besluitdatum().isBefore(einde)) {
            throw new IllegalArgumentException("a Pw art. 41 lid 11 decision on " + besluit.besluitdatum()
                    + " must lie within the zoektermijn [" + melding + ", " + einde + ")");
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Voorschot (sources D3.2; Pw art. 52)
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Deadline of the voorschot at broodnood: at once, so the moment the broodnood is signalled — on the melding form
     * that is the melding itself (sources D3.2 [FACT] [CORONA], PB §2.4.1: a broodnood flag on the form makes the
     * IO coordinator pick it up immediately), at the screening the screeningsgesprek (PB §2.2.2 „arrange a voorschot
     * in case of broodnood"; PB §2.1 „Voor broodnood geldt dat dit zonder omwegen wordt toegekend"; D10 S17 „granted
     * at once"). The task is due on creation.
     */
    public Instant voorschotBijBroodnood(Instant broodnoodGesignaleerd) {
        return broodnoodGesignaleerd;
    }

    /**
     * Latest day of the statutory voorschot while the right is not yet established: Pw art. 52 lid 1 „uiterlijk
     * binnen vier weken na de datum van aanvraag" (sources L4.5; 95% of the norm from 2026-01-01, lid 2),
     * moved to the next working day by Atw art. 1. Not owed when the applicant culpably failed to supply data or when
     * it is clear at the aanvraag that there is no right (lid 1 onder a and b); the caller decides that.
     */
    public LocalDate wettelijkVoorschotUiterlijk(LocalDate aanvraagdatum) {
        return werkdagen.termijnEinde(aanvraagdatum.plus(VOORSCHOTTERMIJN));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // School leavers: the gap before 18 (sources A4.4, A3 R-06)
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * The gap between leaving school and turning 18.
     *
     * @param achttiendeVerjaardag the 18th birthday (29 February birthdays: 28 February in a common year)
     * @param dagenTotAchttien     days from the leaving date to the 18th birthday, 0 when none
     * @param gesignaleerd         true when there is a gap, so a gap-bridging task is needed
     */
    public record SchoolverlaterSignaal(LocalDate achttiendeVerjaardag, long dagenTotAchttien, boolean gesignaleerd) {
    }

    /**
     * The school-leaver gap (sources A3 R-06: „gap = 18th birthday − expected leaving date. If the gap is > 0,
     * it raises a gap-bridging task"; A6 T07; docs/design-choices.md#school-leavers-before-18). Before 18 there is no
     * Participatiewet entitlement: sources A1.4 A9 (S002 Bijlage 1, case Thomas K.: the Dienst Werk &amp; Inkomen
     * refused him until 18, citing „artikel 9") and A4.2 (Konrad: „a gap before 18 of roughly 10 months must be
     * detected"). The statutory ground is Pw art. 13 lid 1 onder f („Geen recht op bijstand heeft degene ... die jonger
     * is dan 18 jaar"), not art. 9 as the source says (sources A8 item 9).
     */
    public static SchoolverlaterSignaal schoolverlaterSignaal(LocalDate geboortedatum,
                                                              LocalDate verwachteUitstroomdatum) {
        LocalDate achttien = geboortedatum.plusYears(MEERDERJARIG);
        long gat = Math.max(0, ChronoUnit.DAYS.between(verwachteUitstroomdatum, achttien));
        return new SchoolverlaterSignaal(achttien, gat, gat > 0);
    }

    private static int leeftijd(LocalDate geboortedatum, LocalDate peildatum) {
        return Period.between(geboortedatum, peildatum).getYears();
    }
}
