package nl.trede.enforcement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.trede.platform.time.Geldigheid;

/**
 * What a working set of regelset versions is, checked on every version of one code as it would be after loading a new
 * version ({@code POST /regelsets}, with the open-ended version it supersedes already ended), before anything is
 * written. Overlapping validity is refused before this check (409 {@code regelset-overlap}); a broken rule inside the
 * document is a 400 ({@link RegelsetBeheer#valideer}). The rules:
 * <ol>
 *   <li><b>no gap</b> ({@code regelset-gat}): between the first and the last version of a code every day has a version
 *       — a gedraging is judged by the version valid on its date (Pw art. 18 lid 2 with the verordening of art. 8 lid 1
 *       onder a in force then), so a gedraging dated in a gap could not be judged;</li>
 *   <li><b>valid on every date from today on</b> ({@code regelset-loopt-af}), for the codes in use: the gemeente's
 *       regelset that judges gedragingen and the statutory set of Pw art. 18 lid 4-8 behind the catalogue of
 *       gedragingscategorieen — a gedraging of today or any later day must find a version;</li>
 *   <li><b>no category lost</b> ({@code categorie-vervalt}): a new version keeps every category of the version it
 *       succeeds — casework reports gedragingen by category code and handhavers register them, and a report of a
 *       category the new version lacks could not be judged from its first day on (a verordening that drops a
 *       category must say how it is judged instead; a new code starts without this check);</li>
 *   <li><b>every klantgroep covered</b> ({@code klantgroep-zonder-categorie}), for the gemeente's regelset: Faciliteren
 *       and Zorg have no arbeidsverplichting (Deventer productenboek §1.2, §4.1), so the version needs at least one
 *       category that is not an arbeidsverplichting, or no gedraging of those klanten could be judged.</li>
 * </ol>
 */
public final class RegelsetConfiguratie {

    /** One category of a version: its code, and whether it enforces an arbeidsverplichting. */
    public record Categorie(String code, boolean arbeidsverplichting) {
    }

    /** One version of the code as it would be after the change; {@code nieuw} marks the version being loaded. */
    public record Versie(String naam, Geldigheid geldigheid, List<Categorie> categorieen, boolean nieuw) {
    }

    /** A rule the versions would break: a stable code and what would break. */
    public record Breuk(String code, String detail) {
    }

    private RegelsetConfiguratie() {
    }

    /**
     * Every rule the versions of {@code code} would break.
     *
     * @param inGebruik        the code judges gedragingen or backs the catalogue (rule 2)
     * @param gemeenteRegelset the code is the gemeente's regelset every gedraging is judged by (rule 4)
     */
    public static List<Breuk> toets(String code, List<Versie> versies, LocalDate vandaag, boolean inGebruik,
                                    boolean gemeenteRegelset) {
        List<Breuk> breuken = new ArrayList<>();
        List<Geldigheid> perioden = versies.stream().map(Versie::geldigheid).toList();
        for (Geldigheid gat : Geldigheid.gaten(perioden)) {
            breuken.add(new Breuk("regelset-gat", "No version of regelset " + code + " would be valid from "
                    + gat.vanaf() + " to " + gat.tot() + ": a gedraging dated then could not be judged."));
        }
        if (inGebruik) {
            Geldigheid.eersteOngedekteDag(perioden, vandaag).ifPresent(dag -> breuken.add(new Breuk(
                    "regelset-loopt-af", "Regelset " + code + " judges gedragingen, but no version of it would be "
                    + "valid on " + dag + "; a version must be valid on every date from today (" + vandaag
                    + ") on: leave the last version open-ended.")));
        }
        List<Versie> gesorteerd = versies.stream().sorted(Comparator.comparing(v -> v.geldigheid().vanaf())).toList();
        for (int i = 1; i < gesorteerd.size(); i++) {
            Versie versie = gesorteerd.get(i);
            Versie vorige = gesorteerd.get(i - 1);
            if (!versie.nieuw() || vorige.geldigheid().tot() == null
                    || !vorige.geldigheid().tot().plusDays(1).equals(versie.geldigheid().vanaf())) {
                continue;
            }
            Set<String> ontbrekend = new TreeSet<>(vorige.categorieen().stream().map(Categorie::code).toList());
            versie.categorieen().forEach(c -> ontbrekend.remove(c.code()));
            if (!ontbrekend.isEmpty()) {
                breuken.add(new Breuk("categorie-vervalt", "The new version of regelset " + code + " lacks "
                        + String.join(", ", ontbrekend) + " of the version it succeeds (" + vorige.naam() + "): from "
                        + versie.geldigheid().vanaf() + " a gedraging of " + (ontbrekend.size() == 1 ? "that category"
                        : "those categories") + " could not be judged."));
            }
        }
        if (gemeenteRegelset) {
            Optional<Versie> zonder = versies.stream().filter(Versie::nieuw)
                    .filter(v -> v.categorieen().stream().allMatch(Categorie::arbeidsverplichting)).findFirst();
            zonder.ifPresent(v -> breuken.add(new Breuk("klantgroep-zonder-categorie", "Every category of the new "
                    + "version of regelset " + code + " enforces an arbeidsverplichting, which klantgroepen "
                    + String.join(" and ", zonderArbeidsverplichting()) + " do not have: no gedraging of those "
                    + "klanten could be judged by it.")));
        }
        return breuken;
    }

    private static List<String> zonderArbeidsverplichting() {
        return java.util.Arrays.stream(Klantgroep.values()).filter(Klantgroep::zonderArbeidsverplichting)
                .map(Klantgroep::code).toList();
    }
}
