package nl.trede.enforcement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.trede.platform.api.Coded;
import nl.trede.platform.time.Werkdagen;

/**
 * The maatregel proposal computed from a regelset, as plain Java (docs/architecture.md#layers-in-a-service: the rules
 * as plain Java that unit tests can hit without Quarkus). Sources per rule:
 * <ul>
 *   <li>afzien when every form of verwijtbaarheid is absent: Pw art. 18 lid 9;</li>
 *   <li>afzien for dringende redenen, with the motivation: Pw art. 18 lid 10 (the college "stemt af"; Trede records
 *       the decision not to impose, lowering by degree is left to a later slice);</li>
 *   <li>recidive: a new gedraging within the group's term after the previous maatregel takes the next step
 *       (Pw art. 18 lid 6-8 for the lid-4 group; the verordening for the other groups);</li>
 *   <li>samenloop: several gedragingen give one verlaging, the highest (sources D4.4 "Concurrence");</li>
 *   <li>waarschuwing instead of a maatregel for a first breach where the category allows it (sources
 *       L4.10, Rotterdam and the VNG model);</li>
 *   <li>the no-show per klantgroep (sources D4.3): Matchen/Groeien and an unknown klantgroep € 50, then the
 *       maatregel process (the regelset's steps); Faciliteren € 50 once, the 2nd no-show (and any further one within
 *       the term) → {@link Uitkomst#BLOKKEREN} (PB §5.3.1, §5.3.2, §7.2); Zorg no fine on the 1st
 *       ({@link Uitkomst#CONTACT_ZOEKEN}, PB §6.3.1, §7.2), the 2nd (and further) → {@link Uitkomst#BLOKKEREN};</li>
 *   <li>dates: the verlaging starts on the first day of the month after the besluit [ASSUMPTION: the usual VNG model
 *       ingangsdatum, sources L4.10] and runs for whole months; the bezwaartermijn is six weeks from
 *       the day after bekendmaking (Awb 6:7, 6:8), extended by the Algemene termijnenwet art. 1.</li>
 * </ul>
 */
public final class MaatregelBerekening {

    private MaatregelBerekening() {
    }

    /** A gedraging to judge: its category, the date of the gedraging, and for a taaleis stop the kennisgeving. */
    public record Gedraging(String categorie, LocalDate datum, LocalDate referentiedatum) {
        public Gedraging(String categorie, LocalDate datum) {
            this(categorie, datum, null);
        }
    }

    /**
     * An earlier outcome for the same klant (gezin, Pw art. 18 lid 12): its group, step, the besluit date, whether it
     * was a waarschuwing, and the date of its gedraging (null when unknown: the besluit date stands in).
     */
    public record Voorgaand(String recidivegroep, int stap, LocalDate besluitdatum, boolean waarschuwing,
                            LocalDate gedragingsdatum) {
        public Voorgaand(String recidivegroep, int stap, LocalDate besluitdatum, boolean waarschuwing) {
            this(recidivegroep, stap, besluitdatum, waarschuwing, null);
        }
    }

    /**
     * The handhaver's judgement after horen.
     *
     * @param verwijtbaar          false: every form of verwijtbaarheid is absent (Pw art. 18 lid 9)
     * @param dringendeRedenen     null, or the motivation of the dringende redenen (Pw art. 18 lid 10)
     * @param waarschuwingGevraagd the handhaver proposes a waarschuwing instead of a maatregel
     */
    public record Beoordeling(boolean verwijtbaar, String geenVerwijtbaarheidReden, String dringendeRedenen,
                              boolean waarschuwingGevraagd) {
        public static Beoordeling zonderBezwaren() {
            return new Beoordeling(true, null, null, false);
        }
    }

    public enum Uitkomst implements Coded {
        OPLEGGEN("opleggen"), AFZIEN("afzien"), WAARSCHUWING("waarschuwing"),
        /** Zorg, 1st no-show: no fine, the IC seeks contact (sources D4.3, PB §6.3.1, §7.2). */
        CONTACT_ZOEKEN("contact-zoeken"),
        /**
         * Faciliteren/Zorg, 2nd no-show: the benefit is blocked and a rechtmatigheidsonderzoek started (sources D4.3).
         */
        BLOKKEREN("blokkeren");

        private final String code;

        Uitkomst(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    public enum AfzienReden implements Coded {
        GEEN_VERWIJTBAARHEID("geen-verwijtbaarheid"), DRINGENDE_REDENEN("dringende-redenen");

        private final String code;

        AfzienReden(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /**
     * One period of a verlaging (a fixed amount: the month it is set off, percentage 0); {@code eind} inclusive, null
     * for an open end; amount null when no norm is given.
     */
    public record Periode(LocalDate start, LocalDate eind, int percentage, BigDecimal bedragPerMaand) {
    }

    /**
     * The computed proposal. For {@link Uitkomst#AFZIEN} and {@link Uitkomst#WAARSCHUWING} no verlaging applies
     * ({@code percentage} 0, no periods).
     */
    public record Voorstel(Uitkomst uitkomst, AfzienReden afzienReden, String motivering, String categorie,
                           String recidivegroep, int stap, boolean recidive, int percentage, Integer duurMaanden,
                           BigDecimal bedragEenmalig, List<Periode> perioden, String artikel, String bron,
                           List<String> samenloop) {

        public LocalDate ingangsdatum() {
            return perioden.isEmpty() ? null : perioden.get(0).start();
        }

        public LocalDate einddatum() {
            return perioden.isEmpty() ? null : perioden.get(perioden.size() - 1).eind();
        }
    }

    /**
     * Judges one or more gedragingen (samenloop) against the regelset.
     *
     * @param regels       the regelset valid on the gedraging date, by category code
     * @param gedragingen  at least one
     * @param voorgaand    the klant's earlier outcomes (any group; only the chosen category's group counts)
     * @param besluitdatum the date of the besluit (bekendmaking); the verlaging starts the month after it
     * @param norm         the applicable norm per month, or null when unknown (no amounts then)
     * @throws IllegalArgumentException for input the rules cannot judge (unknown category, a waarschuwing where none
     *                                  is allowed, taaleis mixed with other gedragingen); the API maps it to 400
     */
    public static Voorstel bereken(Map<String, Sanctieregel> regels, List<Gedraging> gedragingen,
                                   List<Voorgaand> voorgaand, Beoordeling beoordeling, LocalDate besluitdatum,
                                   BigDecimal norm) {
        return bereken(regels, gedragingen, voorgaand, beoordeling, besluitdatum, norm, null);
    }

    /**
     * As {@link #bereken(Map, List, List, Beoordeling, LocalDate, BigDecimal)}, with the klant's klantgroep (null:
     * unknown, judged as Matchen/Groeien) for the no-show rules per client group (sources D4.3).
     */
    public static Voorstel bereken(Map<String, Sanctieregel> regels, List<Gedraging> gedragingen,
                                   List<Voorgaand> voorgaand, Beoordeling beoordeling, LocalDate besluitdatum,
                                   BigDecimal norm, Klantgroep klantgroep) {
        return bereken(regels, gedragingen, voorgaand, beoordeling, besluitdatum, norm, klantgroep,
                RecidiveRegel.STANDAARD);
    }

    /**
     * As {@link #bereken(Map, List, List, Beoordeling, LocalDate, BigDecimal, Klantgroep)}, with the regelset's
     * recidive semantics (what counts as an earlier breach, from which day the term runs).
     */
    public static Voorstel bereken(Map<String, Sanctieregel> regels, List<Gedraging> gedragingen,
                                   List<Voorgaand> voorgaand, Beoordeling beoordeling, LocalDate besluitdatum,
                                   BigDecimal norm, Klantgroep klantgroep, RecidiveRegel recidive) {
        if (gedragingen.isEmpty()) {
            throw new IllegalArgumentException("gedragingen: at least one is required");
        }
        List<Kandidaat> kandidaten = new ArrayList<>();
        for (Gedraging g : gedragingen) {
            Sanctieregel regel = regels.get(g.categorie());
            if (regel == null) {
                throw new IllegalArgumentException("categorie: " + g.categorie() + " is not in the regelset");
            }
            kandidaten.add(kandidaat(regel, g, voorgaand, recidive));
        }
        boolean taaleis = kandidaten.stream().anyMatch(k -> k.regel.soort() == RegelSoort.TAALEIS
                || k.regel.soort() == RegelSoort.TAALEIS_EENMALIG);
        if (taaleis && kandidaten.size() > 1) {
            throw new IllegalArgumentException("gedragingen: the taaleis is its own rule type and is judged alone");
        }
        Kandidaat gekozen = kandidaten.stream().max(Comparator.comparing(k -> zwaarte(k, norm))).orElseThrow();
        List<String> samenloop = kandidaten.stream().map(k -> k.regel.categorie()).distinct().sorted().toList();
        Sanctieregel regel = gekozen.regel;
        Sanctieregel.Stap stap = gekozen.stap;

        if (!beoordeling.verwijtbaar()) {
            return afzien(gekozen, AfzienReden.GEEN_VERWIJTBAARHEID, beoordeling.geenVerwijtbaarheidReden(),
                    "Pw art. 18 lid 9", samenloop);
        }
        if (beoordeling.dringendeRedenen() != null && !beoordeling.dringendeRedenen().isBlank()) {
            return afzien(gekozen, AfzienReden.DRINGENDE_REDENEN, beoordeling.dringendeRedenen(),
                    "Pw art. 18 lid 10", samenloop);
        }
        Optional<Voorstel> perKlantgroep = noShowPerKlantgroep(gekozen, klantgroep, samenloop);
        if (perKlantgroep.isPresent()) {
            return perKlantgroep.get();
        }
        if (beoordeling.waarschuwingGevraagd()) {
            if (!regel.waarschuwingToegestaan()) {
                throw new IllegalArgumentException("waarschuwing: category " + regel.categorie()
                        + " does not allow a waarschuwing");
            }
            if (gekozen.eerder != null) {
                throw new IllegalArgumentException("waarschuwing: only for a first breach; an earlier "
                        + (gekozen.eerder.waarschuwing() ? "waarschuwing" : "maatregel") + " of "
                        + gekozen.eerder.besluitdatum() + " lies within the recidive term");
            }
            return new Voorstel(Uitkomst.WAARSCHUWING, null, null, regel.categorie(), regel.groep(), 0, false, 0,
                    null, null, List.of(), regel.artikel(), regel.bron(), samenloop);
        }

        List<Periode> perioden = new ArrayList<>();
        BigDecimal eenmalig = stap.bedragEenmalig();
        Gedraging g = gekozen.gedraging;
        boolean vastBedrag = stap.bedragEenmalig() != null;
        switch (regel.soort()) {
            case PERCENTAGE, VAST_BEDRAG -> {
                LocalDate start = ingangsdatum(besluitdatum);
                if (vastBedrag) {
                    perioden.add(new Periode(start, start.with(TemporalAdjusters.lastDayOfMonth()), 0, null));
                } else {
                    perioden.add(new Periode(start, start.plusMonths(stap.duurMaanden()).minusDays(1),
                            stap.percentage(), bedrag(norm, stap.percentage())));
                }
            }
            case TAALEIS -> perioden.addAll(taaleisPerioden(regel, g.datum(), norm));
            case TAALEIS_EENMALIG -> {
                LocalDate start = ingangsdatum(besluitdatum);
                perioden.add(new Periode(start, start.with(TemporalAdjusters.lastDayOfMonth()), stap.percentage(),
                        bedrag(norm, stap.percentage())));
                eenmalig = bedrag(norm, stap.percentage());
            }
            default -> throw new IllegalStateException();
        }
        return new Voorstel(Uitkomst.OPLEGGEN, null, null, regel.categorie(), regel.groep(), stap.nummer(),
                gekozen.vorige != null, vastBedrag ? 0 : stap.percentage(),
                vastBedrag || regel.soort() == RegelSoort.TAALEIS_EENMALIG ? null : stap.duurMaanden(),
                eenmalig, List.copyOf(perioden),
                stap.artikel() == null ? regel.artikel() : stap.artikel(),
                stap.bron() == null ? regel.bron() : stap.bron(), samenloop);
    }

    /**
     * The D4.3 table rows that differ from Matchen/Groeien; empty when the regelset's steps apply. The step number
     * is the recidive step (1 = first no-show, 2 = second within the term, …).
     */
    private static Optional<Voorstel> noShowPerKlantgroep(Kandidaat k, Klantgroep klantgroep, List<String> samenloop) {
        if (klantgroep == null || !Sanctieregel.NO_SHOW.equals(k.regel.categorie())) {
            return Optional.empty();
        }
        int stap = stapNa(k.vorige);
        boolean recidive = k.vorige != null;
        if (klantgroep == Klantgroep.ZORG && stap == 1) {
            return Optional.of(new Voorstel(Uitkomst.CONTACT_ZOEKEN, null, null, k.regel.categorie(), k.regel.groep(),
                    1, false, 0, null, null, List.of(), "PB §6.3.1, §7.2",
                    "sources D4.3 Zorg: 1e no-show „No fine\"; de IC zoekt actief contact, anders een vervangende "
                            + "afspraak per brief", samenloop));
        }
        if ((klantgroep == Klantgroep.ZORG || klantgroep == Klantgroep.FACILITEREN) && stap >= 2) {
            String artikel = klantgroep == Klantgroep.ZORG ? "PB §6.3.1, §7.2" : "PB §5.3.1, §5.3.2, §7.2";
            String bron = klantgroep == Klantgroep.ZORG
                    ? "sources D4.3 Zorg: „Pas bij 2x no show wordt de uitkering geblokkeerd. Dan wordt ook een "
                            + "rechtmatigheid onderzoek opgeboekt\""
                    : "sources D4.3 Faciliteren: „Indien de klant dan nog niet komt opdagen, dient de uitkering "
                            + "geblokkeerd te worden en een rechtmatigheid onderzoek opgestart te worden.\"";
            return Optional.of(new Voorstel(Uitkomst.BLOKKEREN, null, null, k.regel.categorie(), k.regel.groep(),
                    stap, recidive, 0, null, null, List.of(), artikel, bron, samenloop));
        }
        return Optional.empty();
    }

    /** The first day of the month after the besluit [ASSUMPTION, sources L4.10 "often"]. */
    public static LocalDate ingangsdatum(LocalDate besluitdatum) {
        return besluitdatum.with(TemporalAdjusters.firstDayOfNextMonth());
    }

    /**
     * The last day to lodge a bezwaar: Awb 6:7 (six weeks) counted from the day after bekendmaking (Awb 6:8 lid 1),
     * so it ends on the same weekday six weeks after bekendmaking; a last day on a Saturday, Sunday or feestdag moves
     * to the next working day (Algemene termijnenwet art. 1 lid 1; six weeks is under the 12-week limit of art. 4).
     */
    public static LocalDate bezwaartermijnEinde(LocalDate bekendmaking, Werkdagen werkdagen) {
        LocalDate eersteDag = bekendmaking.plusDays(1);
        return werkdagen.termijnEinde(eersteDag.plusWeeks(6).minusDays(1));
    }

    /**
     * The recidive test: the gedraging lies within {@code termijnMaanden} after the earlier besluit (both days
     * included). "Binnen twaalf maanden nadat [het vijfde lid] toepassing heeft gevonden" (Pw art. 18 lid 6): Trede
     * counts from the besluitdatum of the earlier maatregel [ASSUMPTION: sources L4.3 open point, L8
     * item 6; the start of the verlaging is the other reading].
     */
    public static boolean binnenRecidivetermijn(LocalDate eerderBesluit, int termijnMaanden, LocalDate gedraging) {
        return !gedraging.isBefore(eerderBesluit) && !gedraging.isAfter(eerderBesluit.plusMonths(termijnMaanden));
    }

    /**
     * The Wet taaleis sequence after the vaststelling (PB ch. 9, Pw art. 18b): each step runs its months in turn, the
     * last (100%) without an end date until the bereidverklaring.
     */
    public static List<Periode> taaleisPerioden(Sanctieregel regel, LocalDate vaststelling, BigDecimal norm) {
        List<Periode> perioden = new ArrayList<>();
        LocalDate start = vaststelling;
        for (Sanctieregel.Stap s : regel.stappen()) {
            LocalDate eind = s.duurMaanden() == null ? null : start.plusMonths(s.duurMaanden()).minusDays(1);
            perioden.add(new Periode(start, eind, s.percentage(), bedrag(norm, s.percentage())));
            if (eind == null) {
                break;
            }
            start = eind.plusDays(1);
        }
        return perioden;
    }

    /**
     * The step of a one-off taaleis verlaging on stopping (PB ch. 9): step n applies when the stop lies at least the
     * sum of the months of steps 1..n after the kennisgeving (40% after ½ year: 6; 100% after a year: 6 + 6). Before
     * the first threshold no verlaging is set by the source [ASSUMPTION: none].
     */
    public static Optional<Sanctieregel.Stap> taaleisStopStap(Sanctieregel regel, LocalDate kennisgeving,
                                                               LocalDate stopdatum) {
        Sanctieregel.Stap gevonden = null;
        LocalDate drempel = kennisgeving;
        for (Sanctieregel.Stap s : regel.stappen()) {
            drempel = drempel.plusMonths(s.duurMaanden() == null ? 0 : s.duurMaanden());
            if (!stopdatum.isBefore(drempel)) {
                gevonden = s;
            }
        }
        return Optional.ofNullable(gevonden);
    }

    /** Norm × percentage / 100, rounded half up to cents; null without a norm. */
    public static BigDecimal bedrag(BigDecimal norm, int percentage) {
        return norm == null ? null
                : norm.multiply(BigDecimal.valueOf(percentage)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    /**
     * @param vorige the earlier breach that makes this one recidive (per the regelset's {@link RecidiveRegel}), or null
     * @param eerder any earlier outcome of the group within the term, a waarschuwing included (a waarschuwing is for a
     *               first breach only), or null
     */
    private record Kandidaat(Sanctieregel regel, Sanctieregel.Stap stap, Voorgaand vorige, Voorgaand eerder,
                             Gedraging gedraging) {
    }

    /** The step after {@code vorige}: 1 without one; a counted waarschuwing stood for step 1. */
    private static int stapNa(Voorgaand vorige) {
        if (vorige == null) {
            return 1;
        }
        return vorige.waarschuwing() ? 2 : vorige.stap() + 1;
    }

    private static Kandidaat kandidaat(Sanctieregel regel, Gedraging g, List<Voorgaand> voorgaand,
                                       RecidiveRegel recidive) {
        if (regel.soort() == RegelSoort.TAALEIS_EENMALIG) {
            if (g.referentiedatum() == null) {
                throw new IllegalArgumentException("referentiedatum: the kennisgeving date is required for "
                        + regel.categorie());
            }
            Sanctieregel.Stap stap = taaleisStopStap(regel, g.referentiedatum(), g.datum()).orElseThrow(() ->
                    new IllegalArgumentException("datum: a stop within half a year after the kennisgeving has no "
                            + "verlaging in " + regel.categorie()));
            return new Kandidaat(regel, stap, null, null, g);
        }
        if (regel.soort() == RegelSoort.TAALEIS) {
            return new Kandidaat(regel, regel.stap(1), null, null, g);
        }
        List<Voorgaand> inTermijn = voorgaand.stream()
                .filter(v -> v.recidivegroep().equals(regel.groep()))
                .filter(v -> recidive.binnenTermijn(v, regel.recidiveTermijnMaanden(), g.datum()))
                .toList();
        Comparator<Voorgaand> laatste = Comparator.comparing(recidive::begin)
                .thenComparingInt(MaatregelBerekening::stapNa);
        Voorgaand vorige = inTermijn.stream().filter(recidive::telt).max(laatste).orElse(null);
        Voorgaand eerder = inTermijn.stream().max(laatste).orElse(null);
        return new Kandidaat(regel, regel.stap(stapNa(vorige)), vorige, eerder, g);
    }


    /**
     * The weight for samenloop: percentage-months of the norm. A fixed amount counts as amount / norm × 100 when the
     * norm is known, else below every percentage verlaging [ASSUMPTION: € 50 is below any percentage of a norm]. On a
     * tie the gedraging named first wins.
     */
    private static BigDecimal zwaarte(Kandidaat k, BigDecimal norm) {
        return Samenloop.zwaarte(k.stap.percentage(), k.stap.duurMaanden(), k.stap.bedragEenmalig(), norm);
    }

    private static Voorstel afzien(Kandidaat k, AfzienReden reden, String motivering, String artikel,
                                   List<String> samenloop) {
        if (motivering == null || motivering.isBlank()) {
            throw new IllegalArgumentException((reden == AfzienReden.DRINGENDE_REDENEN ? "dringendeRedenen"
                    : "geenVerwijtbaarheidReden") + ": a reason is required to afzien (" + artikel + ")");
        }
        return new Voorstel(Uitkomst.AFZIEN, reden, motivering, k.regel.categorie(), k.regel.groep(), 0, false, 0,
                null, null, List.of(), artikel, k.regel.bron(), samenloop);
    }
}
