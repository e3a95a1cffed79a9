package nl.trede.enforcement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.trede.platform.problem.ProblemException;
import nl.trede.platform.time.Geldigheid;
import nl.trede.platform.time.NlTime;

/** Reads the maatregel rules that apply on a peildatum. */
@ApplicationScoped
public class RegelsetService {

    public static final String PATH = "/api/enforcement/v1/gedragingscategorieen";

    private final Clock clock;

    public RegelsetService(Clock clock) {
        this.clock = clock;
    }

    /** The statutory regelset valid on the peildatum, with its categories and recidive steps. */
    public record Peiling(LocalDate peildatum, Regelset regelset, List<GedragingCategorie> categorieen,
                          List<Recidivestap> recidivestappen) {
    }

    /** {@code peildatum} null means today (Europe/Amsterdam). */
    @Transactional
    public Peiling op(LocalDate peildatum) {
        LocalDate datum = peildatum == null ? NlTime.vandaag(clock) : peildatum;
        Regelset regelset = geldigeRegelset(datum);
        return new Peiling(datum, regelset, GedragingCategorie.van(regelset), Recidivestap.van(regelset));
    }

    /** The category {@code code} of the statutory regelset valid on the peildatum (null: today); 404 if unknown. */
    @Transactional
    public GedragingCategorie categorie(String code, LocalDate peildatum) {
        LocalDate datum = peildatum == null ? NlTime.vandaag(clock) : peildatum;
        Regelset regelset = geldigeRegelset(datum);
        return GedragingCategorie.van(regelset, code).orElseThrow(() -> new ProblemException(404, "not-found",
                "Not found", "Regelset " + regelset.code + " valid on " + datum
                        + " has no gedragingscategorie with this code.", null, null));
    }

    /** A regelset version with its categories as calculation rules (categories without steps left out). */
    public record Regels(Regelset regelset, Map<String, Sanctieregel> perCategorie) {
        public RecidiveRegel recidive() {
            return regelset.recidiveRegel();
        }
    }

    /** The rules of the version of {@code code} valid on {@code datum} (the date of the gedraging). */
    @Transactional
    public Regels regels(String code, LocalDate datum) {
        Regelset regelset = geldigeRegelset(code, datum);
        Map<String, Sanctieregel> regels = new LinkedHashMap<>();
        Map<Long, List<Sanctiestap>> stappen = Sanctiestap.perCategorie(regelset);
        for (GedragingCategorie c : GedragingCategorie.van(regelset)) {
            Sanctieregel regel = c.alsRegel(stappen.getOrDefault(c.id, List.of()));
            if (regel != null) {
                regels.put(c.code, regel);
            }
        }
        return new Regels(regelset, regels);
    }

    private static Regelset geldigeRegelset(LocalDate datum) {
        return geldigeRegelset(RegelsetRegels.WETTELIJKE_REGELSET, datum);
    }

    static Regelset geldigeRegelset(String code, LocalDate datum) {
        List<Regelset> versies = Regelset.versies(code);
        return Geldigheid.geldigOp(versies, Regelset::geldigheid, datum).orElseThrow(() -> new ProblemException(
                404, "no-regelset", "Not found", "No version of regelset " + code
                        + " is valid on " + datum + (versies.isEmpty() ? "." : "; the oldest applies from "
                        + versies.get(0).geldigVanaf + "."), null, null));
    }
}
