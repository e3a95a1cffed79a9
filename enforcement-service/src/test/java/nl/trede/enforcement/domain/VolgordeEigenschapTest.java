package nl.trede.enforcement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import nl.trede.enforcement.domain.MaatregelBerekening.Beoordeling;
import nl.trede.enforcement.domain.MaatregelBerekening.Uitkomst;
import nl.trede.enforcement.domain.MaatregelBerekening.Voorgaand;
import nl.trede.enforcement.domain.MaatregelBerekening.Voorstel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Property: for random sequences of one klant — gedragingen with dates, decided in batches on later days, within a
 * batch in random order, with and without samenloop links — the outcome equals the outcome of deciding each batch in
 * gedraging-date order, and no month carries more than one verlaging (the highest). Sources: Pw art. 18 lid 6-8
 * (recidive "nadat … toepassing heeft gevonden": a besluit counts for a later gedraging only), the verordening's
 * samenloop rule (one verlaging, the highest: Deventer PB ch. 8, VNG model), and the recidive semantics of the
 * regelset ({@link RecidiveRegel}). The decisions follow what the service does at the besluit: {@link
 * MaatregelBerekening#bereken} with the klant's decided outcomes, then {@link Samenloop#bepaal}; with recidive
 * counted from the gedraging date, a gedraging whose group has an earlier open gedraging is refused (409) and
 * decided later, as the service does.
 *
 * <p>Plain JUnit with a seeded {@link Random}: jqwik 1.9.2 resolves from the mirror but is built for JUnit Platform
 * 1.11, while the Quarkus BOM pins Platform 6.
 */
class VolgordeEigenschapTest {

    static final int REEKSEN = 500;
    static final long SEED = 20261207L;

    static Sanctieregel.Stap stap(int n, int pct, Integer duur) {
        return new Sanctieregel.Stap(n, pct, duur, null, "art", "bron");
    }

    static final List<Sanctieregel.Stap> LID4 = List.of(stap(1, 100, 1), stap(2, 100, 2), stap(3, 100, 3));
    static final Map<String, Sanctieregel> REGELS = Map.of(
            "lid4-a", new Sanctieregel("lid4-a", RegelSoort.PERCENTAGE, "pw-art-18-lid-4", 12, false,
                    "Pw art. 18 lid 4 onder a", "Pw", LID4),
            "lid4-h", new Sanctieregel("lid4-h", RegelSoort.PERCENTAGE, "pw-art-18-lid-4", 12, false,
                    "Pw art. 18 lid 4 onder h", "Pw", LID4),
            "g1", new Sanctieregel("g1", RegelSoort.PERCENTAGE, null, 12, true, "Pw art. 18 lid 2", "model",
                    List.of(stap(1, 30, 1), stap(2, 30, 2))),
            "g12", new Sanctieregel("g12", RegelSoort.PERCENTAGE, null, 12, false, "Pw art. 18 lid 2", "model",
                    List.of(stap(1, 50, 1), stap(2, 50, 2))),
            "no-show", new Sanctieregel("no-show", RegelSoort.VAST_BEDRAG, null, 12, false, "PB ch. 8", "lik op stuk",
                    List.of(new Sanctieregel.Stap(1, 0, null, new BigDecimal("50.00"), "PB ch. 8", "lik op stuk"),
                            stap(2, 30, 1), stap(3, 30, 2))));
    static final List<String> CATEGORIEEN = REGELS.keySet().stream().sorted().toList();
    static final List<RecidiveRegel> SEMANTIEK = List.of(RecidiveRegel.STANDAARD,
            new RecidiveRegel(RecidiveRegel.Telt.OPGELEGD_OF_WAARSCHUWING, RecidiveRegel.Vanaf.BESLUITDATUM),
            new RecidiveRegel(RecidiveRegel.Telt.OPGELEGD, RecidiveRegel.Vanaf.GEDRAGINGSDATUM),
            new RecidiveRegel(RecidiveRegel.Telt.OPGELEGD_OF_WAARSCHUWING, RecidiveRegel.Vanaf.GEDRAGINGSDATUM));

    /** One gedraging of the sequence; {@code hoofd}: the gedraging whose proposal took this one up (samenloopMet). */
    record Gen(UUID id, String categorie, LocalDate datum, int batch, Beoordeling beoordeling, UUID hoofd) {
    }

    /** A decided gedraging (with the ones merged into it), as the service stores its maatregel. */
    static final class Besluit {
        final UUID gedragingId;
        final UUID maatregelId;
        final LocalDate gedragingsdatum;
        final LocalDate besluitdatum;
        Voorstel voorstel;
        String ongeldig;
        LocalDate ingang;
        LocalDate eind;
        UUID opgenomenIn;
        BigDecimal zwaarte;

        Besluit(UUID gedragingId, LocalDate gedragingsdatum, LocalDate besluitdatum) {
            this.gedragingId = gedragingId;
            this.maatregelId = gedragingId;
            this.gedragingsdatum = gedragingsdatum;
            this.besluitdatum = besluitdatum;
        }

        boolean verlaging() {
            return voorstel != null && voorstel.uitkomst() == Uitkomst.OPLEGGEN && opgenomenIn == null
                    && ingang != null && eind != null;
        }

        /** What the outcome is, whatever the order: the rule's result per gedraging (not whom it was merged into). */
        String samenvatting() {
            if (ongeldig != null) {
                return "400 " + ongeldig;
            }
            Voorstel v = voorstel;
            return v.uitkomst().code() + " " + v.categorie() + " stap " + v.stap() + (v.recidive() ? " recidive" : "")
                    + " " + v.percentage() + "%x" + v.duurMaanden() + " " + v.bedragEenmalig();
        }
    }

    static final class Klant {
        final Map<UUID, Besluit> besluiten = new LinkedHashMap<>();
        final BigDecimal norm;
        final RecidiveRegel recidive;

        Klant(BigDecimal norm, RecidiveRegel recidive) {
            this.norm = norm;
            this.recidive = recidive;
        }

        /** The verlaging in force per month: percentage or one-off amount, listed per verlaging. */
        Map<YearMonth, List<String>> perMaand() {
            Map<YearMonth, List<String>> maanden = new TreeMap<>();
            for (Besluit b : besluiten.values()) {
                if (!b.verlaging() || b.eind.isBefore(b.ingang)) {
                    continue;
                }
                String wat = b.voorstel.bedragEenmalig() != null ? "EUR " + b.voorstel.bedragEenmalig()
                        : b.voorstel.percentage() + "%";
                for (YearMonth m = YearMonth.from(b.ingang); !m.isAfter(YearMonth.from(b.eind)); m = m.plusMonths(1)) {
                    maanden.computeIfAbsent(m, k -> new ArrayList<>()).add(wat);
                }
            }
            return maanden;
        }
    }

    /** Decides {@code hoofd} (with the gedragingen merged into it) on {@code dag}; false: refused (409), retry. */
    static boolean besluit(Klant klant, Gen hoofd, List<Gen> samen, List<Gen> bekend, LocalDate dag) {
        String groep = REGELS.get(hoofd.categorie()).groep();
        if (klant.recidive.vanaf() == RecidiveRegel.Vanaf.GEDRAGINGSDATUM) {
            for (Gen ander : bekend) {
                boolean open = ander.hoofd() == null && !klant.besluiten.containsKey(ander.id());
                if (!open || ander.id().equals(hoofd.id()) || !ander.datum().isBefore(hoofd.datum())) {
                    continue;
                }
                List<String> groepen = new ArrayList<>();
                groepen.add(REGELS.get(ander.categorie()).groep());
                bekend.stream().filter(x -> ander.id().equals(x.hoofd()))
                        .forEach(x -> groepen.add(REGELS.get(x.categorie()).groep()));
                if (groepen.contains(groep)) {
                    return false;
                }
            }
        }
        List<Voorgaand> voorgaand = new ArrayList<>();
        for (Besluit b : klant.besluiten.values()) {
            if (b.voorstel != null && (b.voorstel.uitkomst() == Uitkomst.OPLEGGEN
                    || b.voorstel.uitkomst() == Uitkomst.WAARSCHUWING)) {
                voorgaand.add(new Voorgaand(b.voorstel.recidivegroep(), b.voorstel.stap(), b.besluitdatum,
                        b.voorstel.uitkomst() == Uitkomst.WAARSCHUWING, b.gedragingsdatum));
            }
        }
        List<MaatregelBerekening.Gedraging> gedragingen = new ArrayList<>();
        gedragingen.add(new MaatregelBerekening.Gedraging(hoofd.categorie(), hoofd.datum()));
        samen.forEach(s -> gedragingen.add(new MaatregelBerekening.Gedraging(s.categorie(), s.datum())));
        Besluit b = new Besluit(hoofd.id(), hoofd.datum(), dag);
        try {
            b.voorstel = MaatregelBerekening.bereken(REGELS, gedragingen, voorgaand, hoofd.beoordeling(), dag,
                    klant.norm, null, klant.recidive);
        } catch (IllegalArgumentException e) {
            b.ongeldig = e.getMessage();
            klant.besluiten.put(hoofd.id(), b);
            return true;
        }
        Voorstel v = b.voorstel;
        if (v.uitkomst() == Uitkomst.OPLEGGEN && v.einddatum() != null) {
            b.ingang = v.ingangsdatum();
            b.eind = v.einddatum();
            b.zwaarte = Samenloop.zwaarte(v.percentage(), v.duurMaanden(), v.bedragEenmalig(), klant.norm);
            Map<UUID, Besluit> perMaatregel = new LinkedHashMap<>();
            List<Samenloop.Verlaging> bestaand = new ArrayList<>();
            for (Besluit e : klant.besluiten.values()) {
                if (e.verlaging()) {
                    perMaatregel.put(e.maatregelId, e);
                    bestaand.add(new Samenloop.Verlaging(e.maatregelId, e.gedragingsdatum, e.besluitdatum, e.ingang,
                            e.eind, e.zwaarte));
                }
            }
            Samenloop.Uitkomst s = Samenloop.bepaal(new Samenloop.Verlaging(b.maatregelId, b.gedragingsdatum, dag,
                    b.ingang, b.eind, b.zwaarte), bestaand);
            if (s.opgenomenIn() != null) {
                b.opgenomenIn = s.opgenomenIn();
            }
            for (UUID id : s.beeindigd()) {
                perMaatregel.get(id).eind = b.ingang.minusDays(1);
            }
        }
        klant.besluiten.put(hoofd.id(), b);
        return true;
    }

    /** Runs the batches; each batch's decisions in the order {@code volgorde} gives (refused ones go last). */
    static Klant speel(List<Gen> alle, List<LocalDate> dagen, BigDecimal norm, RecidiveRegel recidive,
                       Random schudden) {
        Klant klant = new Klant(norm, recidive);
        List<Gen> bekend = new ArrayList<>();
        for (int batch = 0; batch < dagen.size(); batch++) {
            int nu = batch;
            List<Gen> nieuw = alle.stream().filter(g -> g.batch() == nu).toList();
            bekend.addAll(nieuw);
            List<Gen> hoofden = new ArrayList<>(nieuw.stream().filter(g -> g.hoofd() == null).toList());
            hoofden.sort(Comparator.comparing(Gen::datum).thenComparing(Gen::id));
            if (schudden != null) {
                Collections.shuffle(hoofden, schudden);
            }
            int pogingen = 0;
            while (!hoofden.isEmpty()) {
                Gen hoofd = hoofden.remove(0);
                List<Gen> samen = nieuw.stream().filter(g -> hoofd.id().equals(g.hoofd())).toList();
                if (!besluit(klant, hoofd, samen, bekend, dagen.get(batch))) {
                    hoofden.add(hoofd);
                    if (++pogingen > 1000) {
                        throw new IllegalStateException("no progress");
                    }
                }
            }
        }
        return klant;
    }

    static List<Gen> genereer(Random r, List<LocalDate> dagen) {
        List<Gen> alle = new ArrayList<>();
        for (int batch = 0; batch < dagen.size(); batch++) {
            int aantal = 1 + r.nextInt(4);
            List<Gen> inBatch = new ArrayList<>();
            for (int i = 0; i < aantal; i++) {
                LocalDate datum = dagen.get(batch).minusDays(1 + r.nextInt(60));
                int soort = r.nextInt(10);
                Beoordeling b = soort < 7 ? Beoordeling.zonderBezwaren()
                        : soort < 9 ? new Beoordeling(true, null, null, true)
                        : new Beoordeling(false, "ziek, aangetoond", null, false);
                UUID hoofd = null;
                if (!inBatch.isEmpty() && r.nextInt(5) == 0) {
                    Gen h = inBatch.get(r.nextInt(inBatch.size()));
                    hoofd = h.hoofd() == null ? h.id() : h.hoofd();
                }
                Gen g = new Gen(new UUID(r.nextLong(), r.nextLong()), CATEGORIEEN.get(r.nextInt(CATEGORIEEN.size())),
                        datum, batch, b, hoofd);
                inBatch.add(g);
            }
            alle.addAll(inBatch);
        }
        return alle;
    }

    static Map<UUID, String> uitkomsten(Klant k) {
        Map<UUID, String> m = new TreeMap<>();
        k.besluiten.forEach((id, b) -> m.put(id, b.samenvatting()));
        return m;
    }

    @Test
    @DisplayName("Pw art. 18 lid 6-8 and samenloop: random decision order = gedraging-date order; <= 1 verlaging/month")
    void theOrderOfTheBesluitenDoesNotChangeTheOutcome() {
        Random r = new Random(SEED);
        int fouten = 0;
        List<String> voorbeelden = new ArrayList<>();
        for (int reeks = 0; reeks < REEKSEN; reeks++) {
            List<LocalDate> dagen = new ArrayList<>();
            LocalDate dag = LocalDate.of(2025, 3, 1).plusDays(r.nextInt(365));
            int batches = 1 + r.nextInt(4);
            for (int i = 0; i < batches; i++) {
                dagen.add(dag);
                dag = dag.plusDays(5 + r.nextInt(120));
            }
            List<Gen> alle = genereer(r, dagen);
            BigDecimal norm = new BigDecimal(1000 + r.nextInt(1000)).add(new BigDecimal("0.53"));
            RecidiveRegel recidive = SEMANTIEK.get(r.nextInt(SEMANTIEK.size()));
            Klant opDatum = speel(alle, dagen, norm, recidive, null);
            Klant willekeurig = speel(alle, dagen, norm, recidive, new Random(r.nextLong()));
            String fout = null;
            if (!uitkomsten(opDatum).equals(uitkomsten(willekeurig))) {
                fout = "outcomes differ: " + uitkomsten(opDatum) + " vs " + uitkomsten(willekeurig);
            } else if (!opDatum.perMaand().equals(willekeurig.perMaand())) {
                fout = "months differ: " + opDatum.perMaand() + " vs " + willekeurig.perMaand();
            } else if (willekeurig.perMaand().values().stream().anyMatch(l -> l.size() > 1)) {
                fout = "a month carries more than one verlaging: " + willekeurig.perMaand();
            }
            if (fout != null) {
                fouten++;
                if (voorbeelden.size() < 3) {
                    voorbeelden.add("sequence " + reeks + " (" + recidive + ", " + alle + "): " + fout);
                }
            }
        }
        System.out.printf("VolgordeEigenschapTest: %d generated sequences (seed %d), %d failures%n", REEKSEN, SEED,
                fouten);
        assertEquals(0, fouten, String.join("\n", voorbeelden));
    }
}
