package nl.trede.enforcement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.trede.platform.problem.InvalidParam;
import nl.trede.platform.problem.ProblemException;
import nl.trede.platform.time.Geldigheid;
import nl.trede.platform.time.NlTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads a new regelset version (functioneel beheer). Every rule is checked before anything is written: a broken rule
 * is a 400 naming the field, an overlapping validity a 409. The one change to an existing version: an open-ended
 * current version that started earlier is ended the day before the new version starts (the new verordening
 * supersedes it), unless it already judges a gedraging dated on or after that day (409 regelset-in-gebruik). Before
 * anything is written, every version of the code as it would be afterwards is checked as a whole
 * ({@link RegelsetConfiguratie}: no gap, valid from today on for the sets in use, no category lost, every klantgroep
 * covered): a 409 naming what would break. Loads of one code are serialised by an advisory lock.
 */
@ApplicationScoped
public class RegelsetBeheer {

    private final EntityManager em;
    private final Clock clock;
    private final String gemeenteRegelset;
    private final Catalogus catalogus;

    public RegelsetBeheer(EntityManager em, Clock clock, Catalogus catalogus,
                          @ConfigProperty(name = "trede.enforcement.regelset", defaultValue = "deventer-maatregelen")
                          String gemeenteRegelset) {
        this.catalogus = catalogus;
        this.em = em;
        this.clock = clock;
        this.gemeenteRegelset = gemeenteRegelset;
    }

    /** The versions of one rule set by geldigVanaf, or of all by code then geldigVanaf when {@code code} is blank. */
    public List<Regelset> versies(String code) {
        return code == null || code.isBlank() ? Regelset.<Regelset>list("order by code, geldigVanaf")
                : Regelset.versies(code.strip());
    }

    /** One version, or 404. */
    public Regelset versie(long id) {
        return Regelset.<Regelset>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(
                "Regelset version " + id));
    }

    @Transactional
    public Regelset laad(RegelsetCommando.Versie r, String actor) {
        List<InvalidParam> fouten = valideer(r);
        if (!fouten.isEmpty()) {
            throw ProblemException.invalid(fouten);
        }
        // Serialise loads of one code, so two overlapping versions can never both pass the check.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "regelset:" + r.code())
                .getSingleResult();
        Geldigheid nieuw = new Geldigheid(r.geldigVanaf(), r.geldigTot());
        List<Regelset> versies = Regelset.versies(r.code());
        Regelset opgevolgd = null;
        for (Regelset bestaand : versies) {
            if (!bestaand.geldigheid().overlaptMet(nieuw)) {
                continue;
            }
            if (bestaand.geldigTot == null && bestaand.geldigVanaf.isBefore(r.geldigVanaf())) {
                // The open-ended current version is superseded: it ends the day before the new one starts, unless a
                // gedraging on or after that day was already judged by it.
                long inGebruik = Gedraging.count("regelset = ?1 and datum >= ?2", bestaand, r.geldigVanaf());
                if (inGebruik > 0) {
                    throw ProblemException.conflict("regelset-in-gebruik", "Version " + bestaand.id + " of "
                            + r.code() + " already judges " + inGebruik + " gedraging(en) dated on or after "
                            + r.geldigVanaf() + "; a new version cannot start before them.",
                            "/api/enforcement/v1/regelsets/" + bestaand.id);
                }
                opgevolgd = bestaand;
                continue;
            }
            throw ProblemException.conflict("regelset-overlap", "Regelset " + r.code() + " already has version "
                    + bestaand.id + " valid from " + bestaand.geldigVanaf + (bestaand.geldigTot == null
                    ? " until further notice" : " to " + bestaand.geldigTot) + "; validity periods of one rule set "
                    + "must not overlap.", "/api/enforcement/v1/regelsets/" + bestaand.id);
        }
        toets(r, versies, opgevolgd);
        if (opgevolgd != null) {
            em.createNativeQuery("UPDATE regelset SET geldig_tot = ?1 WHERE id = ?2")
                    .setParameter(1, r.geldigVanaf().minusDays(1)).setParameter(2, opgevolgd.id).executeUpdate();
            em.detach(opgevolgd);
        }
        Regelset set = new Regelset();
        set.code = r.code();
        set.naam = r.naam();
        set.gemeente = r.gemeente();
        set.geldigVanaf = r.geldigVanaf();
        set.geldigTot = r.geldigTot();
        set.bron = r.bron();
        RecidiveRegel recidive = recidive(r);
        set.recidiveTelt = recidive.telt().code();
        set.recidiveVanaf = recidive.vanaf().code();
        set.geregistreerdDoor = actor;
        set.geregistreerdOp = Instant.now(clock);
        set.persist();
        int volgnummer = 0;
        for (RegelsetCommando.Categorie c : r.categorieen()) {
            RegelsetCommando.Stap eerste = c.stappen().stream().filter(s -> s.stap() == 1).findFirst().orElseThrow();
            GedragingCategorie cat = new GedragingCategorie();
            cat.regelset = set;
            cat.code = c.code();
            cat.volgnummer = ++volgnummer;
            cat.omschrijving = c.omschrijving();
            cat.artikel = c.artikel();
            cat.percentage = eerste.percentage();
            cat.duurMaandenMin = eerste.duurMaanden() == null ? 0 : eerste.duurMaanden();
            cat.duurMaandenMax = cat.duurMaandenMin;
            cat.bron = c.bron();
            cat.soort = c.soort();
            cat.recidivegroep = c.recidivegroep();
            cat.recidiveTermijnMaanden = c.recidiveTermijnMaanden() == null ? 12 : c.recidiveTermijnMaanden();
            cat.waarschuwingToegestaan = Boolean.TRUE.equals(c.waarschuwingToegestaan());
            cat.persist();
            for (RegelsetCommando.Stap s : c.stappen()) {
                Sanctiestap stap = new Sanctiestap();
                stap.categorie = cat;
                stap.stap = s.stap();
                stap.percentage = s.percentage();
                stap.duurMaanden = s.duurMaanden();
                stap.bedragEenmalig = s.bedragEenmalig();
                stap.artikel = s.artikel();
                stap.bron = s.bron();
                stap.persist();
            }
        }
        em.flush();
        // casework's catalogue follows in the same transaction (outbox): a version loaded ahead is known before it
        // applies, and the version it supersedes shows its new end date
        catalogus.publiceer(set.code);
        return set;
    }

    /**
     * Checks the versions of the code as they would be after loading {@code r} ({@code opgevolgd} ended the day before
     * it starts) with {@link RegelsetConfiguratie}: 409 naming every broken rule (the first one's code), nothing
     * written.
     */
    private void toets(RegelsetCommando.Versie r, List<Regelset> bestaande, Regelset opgevolgd) {
        List<RegelsetConfiguratie.Versie> na = new ArrayList<>();
        for (Regelset v : bestaande) {
            Geldigheid geldigheid = v == opgevolgd ? new Geldigheid(v.geldigVanaf, r.geldigVanaf().minusDays(1))
                    : v.geldigheid();
            na.add(new RegelsetConfiguratie.Versie("version " + v.id + " from " + v.geldigVanaf, geldigheid,
                    GedragingCategorie.van(v).stream().map(c -> new RegelsetConfiguratie.Categorie(c.code,
                            Sanctieregel.arbeidsverplichting(c.recidivegroep, c.artikel))).toList(), false));
        }
        na.add(new RegelsetConfiguratie.Versie("the new version", new Geldigheid(r.geldigVanaf(), r.geldigTot()),
                r.categorieen().stream().map(c -> new RegelsetConfiguratie.Categorie(c.code(),
                        Sanctieregel.arbeidsverplichting(c.recidivegroep(), c.artikel()))).toList(), true));
        boolean gemeente = r.code().equals(gemeenteRegelset);
        List<RegelsetConfiguratie.Breuk> breuken = RegelsetConfiguratie.toets(r.code(), na, NlTime.vandaag(clock),
                gemeente || r.code().equals(RegelsetRegels.WETTELIJKE_REGELSET), gemeente);
        if (!breuken.isEmpty()) {
            throw ProblemException.conflict(breuken.get(0).code(), breuken.stream()
                    .map(RegelsetConfiguratie.Breuk::detail).collect(Collectors.joining(" ")), null);
        }
    }

    /** The business rules beyond bean validation, with the JSON path of each broken field. */
    /** The request's recidive semantics; absent parts take the statutory default. Valid after {@link #valideer}. */
    static RecidiveRegel recidive(RegelsetCommando.Versie r) {
        RecidiveRegel standaard = RecidiveRegel.STANDAARD;
        if (r.recidive() == null) {
            return standaard;
        }
        return new RecidiveRegel(
                r.recidive().telt() == null ? standaard.telt() : RecidiveRegel.Telt.van(r.recidive().telt()).orElseThrow(),
                r.recidive().vanaf() == null ? standaard.vanaf()
                        : RecidiveRegel.Vanaf.van(r.recidive().vanaf()).orElseThrow());
    }

    static List<InvalidParam> valideer(RegelsetCommando.Versie r) {
        List<InvalidParam> fouten = new ArrayList<>();
        if (r.recidive() != null && r.recidive().telt() != null
                && RecidiveRegel.Telt.van(r.recidive().telt()).isEmpty()) {
            fouten.add(new InvalidParam("recidive.telt", "must be one of: opgelegd, opgelegd-of-waarschuwing"));
        }
        if (r.recidive() != null && r.recidive().vanaf() != null
                && RecidiveRegel.Vanaf.van(r.recidive().vanaf()).isEmpty()) {
            fouten.add(new InvalidParam("recidive.vanaf", "must be one of: besluitdatum, gedragingsdatum"));
        }
        if (r.geldigTot() != null && r.geldigTot().isBefore(r.geldigVanaf())) {
            fouten.add(new InvalidParam("geldigTot", "must not lie before geldigVanaf"));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < r.categorieen().size(); i++) {
            RegelsetCommando.Categorie c = r.categorieen().get(i);
            String pad = "categorieen[" + i + "].";
            if (!codes.add(c.code())) {
                fouten.add(new InvalidParam(pad + "code", "must be unique within the regelset"));
            }
            RegelSoort soort;
            try {
                soort = RegelSoort.van(c.soort());
            } catch (IllegalArgumentException e) {
                fouten.add(new InvalidParam(pad + "soort", "must be one of: percentage, vast-bedrag, taaleis, "
                        + "taaleis-eenmalig"));
                continue;
            }
            List<RegelsetCommando.Stap> stappen = c.stappen();
            for (int j = 0; j < stappen.size(); j++) {
                RegelsetCommando.Stap s = stappen.get(j);
                String sp = pad + "stappen[" + j + "].";
                if (s.stap() != j + 1) {
                    fouten.add(new InvalidParam(sp + "stap", "steps must be numbered 1.." + stappen.size()
                            + " in order"));
                }
                boolean laatste = j == stappen.size() - 1;
                switch (soort) {
                    case PERCENTAGE, VAST_BEDRAG -> {
                        if (s.bedragEenmalig() != null) {
                            if (s.percentage() != 0 || s.duurMaanden() != null) {
                                fouten.add(new InvalidParam(sp + "bedragEenmalig", "a fixed amount goes with "
                                        + "percentage 0 and no duurMaanden"));
                            }
                        } else if (s.percentage() == 0 || s.duurMaanden() == null || s.duurMaanden() < 1) {
                            fouten.add(new InvalidParam(sp + "duurMaanden", "a percentage step needs a percentage "
                                    + "above 0 and at least 1 month, or a bedragEenmalig"));
                        }
                        if (soort == RegelSoort.PERCENTAGE && s.bedragEenmalig() != null) {
                            fouten.add(new InvalidParam(sp + "bedragEenmalig", "only for soort vast-bedrag"));
                        }
                    }
                    case TAALEIS -> {
                        if (s.bedragEenmalig() != null || s.percentage() == 0
                                || (!laatste && (s.duurMaanden() == null || s.duurMaanden() < 1))) {
                            fouten.add(new InvalidParam(sp + "duurMaanden", "taaleis steps need a percentage and "
                                    + "months; only the last may be open"));
                        }
                    }
                    case TAALEIS_EENMALIG -> {
                        if (s.bedragEenmalig() != null || s.percentage() == 0 || s.duurMaanden() == null
                                || s.duurMaanden() < 1) {
                            fouten.add(new InvalidParam(sp + "duurMaanden", "taaleis-eenmalig steps need a "
                                    + "percentage and the months after the kennisgeving"));
                        }
                    }
                    default -> throw new IllegalStateException();
                }
            }
            if ("pw-art-18-lid-4".equals(c.recidivegroep())) {
                fouten.addAll(wettelijkeStappen(pad, c));
            }
        }
        return fouten;
    }

    /**
     * A verordening may not contradict Pw art. 18 lid 5-8 for the arbeidsverplichtingen of lid 4: step 1 100% for
     * 1-3 months (lid 5), step 2 100% longer than step 1 and at most 3 months (lid 6), further steps 100% for
     * 3 months (lid 7, 8), recidive term 12 months.
     */
    private static List<InvalidParam> wettelijkeStappen(String pad, RegelsetCommando.Categorie c) {
        List<InvalidParam> fouten = new ArrayList<>();
        if (!"percentage".equals(c.soort())) {
            fouten.add(new InvalidParam(pad + "soort", "Pw art. 18 lid 5: the lid-4 group is a percentage verlaging"));
            return fouten;
        }
        if (c.recidiveTermijnMaanden() != null && c.recidiveTermijnMaanden() != 12) {
            fouten.add(new InvalidParam(pad + "recidiveTermijnMaanden", "Pw art. 18 lid 6-8: twelve months"));
        }
        Integer vorige = null;
        for (int j = 0; j < c.stappen().size(); j++) {
            RegelsetCommando.Stap s = c.stappen().get(j);
            String sp = pad + "stappen[" + j + "].";
            Integer duur = s.duurMaanden();
            if (s.percentage() != 100) {
                fouten.add(new InvalidParam(sp + "percentage", "Pw art. 18 lid 5-8: 100%"));
            }
            boolean goed = duur != null && switch (j) {
                case 0 -> duur >= 1 && duur <= 3;
                case 1 -> vorige != null && duur > vorige && duur <= 3;
                default -> duur == 3;
            };
            if (!goed) {
                fouten.add(new InvalidParam(sp + "duurMaanden", switch (j) {
                    case 0 -> "Pw art. 18 lid 5: at least 1 and at most 3 months";
                    case 1 -> "Pw art. 18 lid 6: longer than step 1 and at most 3 months";
                    default -> "Pw art. 18 lid 7/8: 3 months";
                }));
            }
            vorige = duur;
        }
        // The last step repeats for every further breach (lid 8: "telkens"), so it must be lid 7/8's: 100% for three
        // months. A group that stops at lid 5 or 6 would repeat a shorter verlaging than the law sets.
        int n = c.stappen().size() - 1;
        RegelsetCommando.Stap laatste = c.stappen().get(n);
        String laatsteDuur = pad + "stappen[" + n + "].duurMaanden";
        boolean alGenoemd = fouten.stream().anyMatch(f -> f.name().equals(laatsteDuur));
        if (!alGenoemd && laatste.duurMaanden() != null && laatste.duurMaanden() != 3) {
            fouten.add(new InvalidParam(pad + "stappen", "Pw art. 18 lid 7-8: the last step repeats for every "
                    + "further breach, so the steps must go on to 100% for 3 months"));
        }
        return fouten;
    }
}
