package nl.trede.enforcement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

    private static Regelset geldigeRegelset(LocalDate datum) {
        List<Regelset> versies = Regelset.versies(RegelsetRules.WETTELIJKE_REGELSET);
        return Geldigheid.geldigOp(versies, Regelset::geldigheid, datum).orElseThrow(() -> new ProblemException(
                404, "no-regelset", "Not found", "No version of regelset " + RegelsetRules.WETTELIJKE_REGELSET
                        + " is valid on " + datum + (versies.isEmpty() ? "." : "; the oldest applies from "
                        + versies.get(0).geldigVanaf + "."), null, null));
    }
}
