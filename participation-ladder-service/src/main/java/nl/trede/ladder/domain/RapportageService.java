package nl.trede.ladder.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import nl.trede.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The beleidsmedewerker's reports: aggregated, per ladder scheme, never mixing schemes silently (sources
 * H2.3: "Reports should not silently mix the two schemes"); a report in another scheme only through the documented
 * mapping rows ({@link ModelKoppeling}). The SQL lives in {@code rapportage/*.sql}, shared with the benchmark.
 */
@ApplicationScoped
public class RapportageService {

    private static final String VERDELING_SQL = sql("/rapportage/verdeling.sql");
    private static final String OVERGANGEN_SQL = sql("/rapportage/overgangen.sql");
    private static final String VERBLIJFSDUUR_SQL = sql("/rapportage/verblijfsduur.sql");
    private static final String TRAJECTEN_SQL = sql("/rapportage/trajecten.sql");

    private final EntityManager em;
    private final int minimum;

    public RapportageService(EntityManager em,
                             @ConfigProperty(name = "trede.ladder.rapportage.minimum-celgrootte") int minimum) {
        this.em = em;
        this.minimum = minimum;
    }

    /** Which scheme, optionally mapped to which other scheme, at which level. */
    public record Vraag(String model, String naarModel, Niveau niveau, String klantgroep) {
    }

    private record Opzet(List<LadderModel> versies, BiFunction<Long, Positie, Positie> vertaling,
                         SortedSet<Positie> posities) {
    }

    /** Distribution of klanten over the positions of a scheme on {@code peildatum}. */
    @Transactional
    public Rapportage.Verdeling verdeling(Vraag vraag, LocalDate peildatum) {
        Opzet opzet = opzet(vraag);
        List<Rapportage.Telling> tellingen = tellingen(vraag, peildatum);
        List<Rapportage.Cel> cellen = Rapportage.verdeling(tellingen, opzet.vertaling(), opzet.posities(), minimum);
        long totaal = tellingen.stream().mapToLong(Rapportage.Telling::aantal).sum();
        return new Rapportage.Verdeling(vraag.model(), versies(opzet), vraag.naarModel(), vraag.niveau(),
                vraag.klantgroep(), peildatum,
                minimum, Rapportage.getal(null, totaal, minimum), cellen);
    }

    /** The transition matrix of the klanten with a position on the scheme on both dates. */
    @Transactional
    public Rapportage.Overgangen overgangen(Vraag vraag, LocalDate van, LocalDate tot) {
        if (!tot.isAfter(van)) {
            throw ProblemException.invalid("tot", "must lie after van");
        }
        Opzet opzet = opzet(vraag);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(OVERGANGEN_SQL).setParameter("model", vraag.model())
                .setParameter("van", van).setParameter("tot", tot).setParameter("klantgroep", klantgroep(vraag))
                .getResultList();
        List<Rapportage.Overgang> overgangen = new java.util.ArrayList<>();
        long nieuw = 0;
        for (Object[] r : rows) {
            if (r[0] == null) {
                nieuw += ((Number) r[6]).longValue();
                continue;
            }
            overgangen.add(new Rapportage.Overgang(
                    ((Number) r[0]).longValue(), new Positie(((Number) r[1]).intValue(), (String) r[2]),
                    ((Number) r[3]).longValue(), new Positie(((Number) r[4]).intValue(), (String) r[5]),
                    ((Number) r[6]).longValue()));
        }
        Rapportage.Matrix matrix = Rapportage.matrix(overgangen, opzet.vertaling(), opzet.posities(), minimum);
        return new Rapportage.Overgangen(vraag.model(), versies(opzet), vraag.naarModel(), vraag.niveau(),
                vraag.klantgroep(), van, tot,
                minimum, Rapportage.getal(null, matrix.totaal(), minimum), matrix.gestegen(), matrix.gedaald(),
                matrix.gelijk(), Rapportage.getal(null, nieuw, minimum), matrix.cellen());
    }

    /** The average length of the stays on each position that ended between {@code van} and {@code tot}. */
    @Transactional
    public Rapportage.Verblijfsduur verblijfsduur(Vraag vraag, LocalDate van, LocalDate tot) {
        if (tot.isBefore(van)) {
            throw ProblemException.invalid("tot", "must not lie before van");
        }
        if (vraag.naarModel() != null) {
            throw ProblemException.invalid("naarModel", "stays are measured on the model itself, not mapped");
        }
        Opzet opzet = opzet(vraag);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(VERBLIJFSDUUR_SQL).setParameter("model", vraag.model())
                .setParameter("van", van).setParameter("tot", tot).setParameter("niveau", vraag.niveau().code())
                .setParameter("klantgroep", klantgroep(vraag)).getResultList();
        List<Rapportage.Duur> duren = rows.stream().map(r -> new Rapportage.Duur(((Number) r[0]).longValue(),
                new Positie(((Number) r[1]).intValue(), (String) r[2]), ((Number) r[3]).longValue(),
                ((Number) r[4]).longValue())).toList();
        return new Rapportage.Verblijfsduur(vraag.model(), versies(opzet), vraag.niveau(), vraag.klantgroep(), van,
                tot, minimum, Rapportage.verblijfsduur(duren, opzet.posities(), minimum));
    }

    /** Movement per voorziening of the trajecten that ended between {@code van} and {@code tot} (inclusive). */
    @Transactional
    public Rapportage.Trajecten trajecten(Vraag vraag, LocalDate van, LocalDate tot) {
        if (tot.isBefore(van)) {
            throw ProblemException.invalid("tot", "must not lie before van");
        }
        if (vraag.naarModel() != null) {
            throw ProblemException.invalid("naarModel", "movement is measured on the model itself, not mapped");
        }
        Opzet opzet = opzet(vraag);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(TRAJECTEN_SQL).setParameter("model", vraag.model())
                .setParameter("van", van).setParameter("tot", tot).setParameter("klantgroep", klantgroep(vraag))
                .getResultList();
        List<Rapportage.TrajectOvergang> overgangen = rows.stream().map(r -> new Rapportage.TrajectOvergang(
                (String) r[0], ((Number) r[1]).longValue(), new Positie(((Number) r[2]).intValue(), (String) r[3]),
                ((Number) r[4]).longValue(), new Positie(((Number) r[5]).intValue(), (String) r[6]),
                ((Number) r[7]).longValue())).toList();
        return new Rapportage.Trajecten(vraag.model(), versies(opzet), vraag.niveau(), vraag.klantgroep(), van, tot,
                minimum, Rapportage.trajecten(overgangen, opzet.vertaling(), minimum));
    }

    private List<Rapportage.Telling> tellingen(Vraag vraag, LocalDate peildatum) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(VERDELING_SQL).setParameter("model", vraag.model())
                .setParameter("peildatum", peildatum).setParameter("klantgroep", klantgroep(vraag)).getResultList();
        return rows.stream().map(r -> new Rapportage.Telling(((Number) r[0]).longValue(),
                new Positie(((Number) r[1]).intValue(), (String) r[2]), ((Number) r[3]).longValue())).toList();
    }

    /** The SQL's klantgroep parameter: empty for every klant. */
    private static String klantgroep(Vraag vraag) {
        return vraag.klantgroep() == null ? "" : vraag.klantgroep();
    }

    private Opzet opzet(Vraag vraag) {
        List<LadderModel> versies = LadderModel.versies(vraag.model());
        if (versies.isEmpty()) {
            throw ProblemException.invalid("model", "must be one of: " + String.join(", ", LadderModel.codes()));
        }
        SortedSet<Positie> posities = new TreeSet<>();
        for (int n = LadderRegels.LAAGSTE_TREDE; n <= LadderRegels.HOOGSTE_TREDE; n++) {
            posities.add(Positie.van(n));
        }
        if (vraag.naarModel() != null) {
            if (vraag.niveau() == Niveau.SUB_TREDE) {
                throw ProblemException.invalid("niveau", "a report mapped to another model is at trede level");
            }
            if (LadderModel.versies(vraag.naarModel()).isEmpty()) {
                throw ProblemException.invalid("naarModel", "must be one of: "
                        + String.join(", ", LadderModel.codes()));
            }
            Map<Long, Map<Positie, Integer>> koppeling = new HashMap<>();
            for (ModelKoppeling k : ModelKoppeling.tussen(vraag.model(), vraag.naarModel())) {
                koppeling.computeIfAbsent(k.vanModel.id, id -> new HashMap<>())
                        .put(new Positie(k.vanTrede, k.vanSubTrede), k.naarTrede);
            }
            for (LadderModel versie : versies) {
                if (!koppeling.containsKey(versie.id)) {
                    throw ProblemException.invalid("naarModel", "no documented mapping from " + vraag.model()
                            + " version " + versie.versie + " to " + vraag.naarModel() + " (see "
                            + LadderService.MODELLEN_PATH + "/koppelingen)");
                }
            }
            return new Opzet(versies, (modelId, p) -> {
                Map<Positie, Integer> rijen = koppeling.getOrDefault(modelId, Map.of());
                Integer naar = rijen.get(p);
                if (naar == null) {
                    naar = rijen.get(p.alleenTrede());
                }
                if (naar == null) {
                    throw ProblemException.invalid("naarModel", "the mapping to " + vraag.naarModel()
                            + " has no row for position " + p);
                }
                return Positie.van(naar);
            }, posities);
        }
        if (vraag.niveau() == Niveau.TREDE) {
            return new Opzet(versies, (modelId, p) -> p.alleenTrede(), posities);
        }
        for (LadderModel versie : versies) {
            for (Trede t : Trede.van(versie)) {
                t.subTreden.forEach(s -> posities.add(new Positie(t.nummer, s.code)));
            }
        }
        return new Opzet(versies, (modelId, p) -> p, posities);
    }

    private static List<String> versies(Opzet opzet) {
        return opzet.versies().stream().map(v -> v.versie).collect(Collectors.toList());
    }

    /** A SQL file from the class path. */
    static String sql(String resource) {
        try (InputStream in = RapportageService.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
