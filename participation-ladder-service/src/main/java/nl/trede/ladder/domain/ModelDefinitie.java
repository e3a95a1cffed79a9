package nl.trede.ladder.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.trede.platform.problem.InvalidParam;

/**
 * A new version of a ladder model as a functioneel beheerder defines it (requirement "Treden as data": the treden with
 * definitions plus municipal variants, versioned with validity dates). {@link #fouten()} holds the rules across
 * fields.
 *
 * @param code     code of the scheme (kebab-case); versions share it
 * @param geldigTot last day (inclusive); null: until further notice
 * @param treden   exactly the six treden, numbered 1 to 6
 */
public record ModelDefinitie(String code, String naam, String versie, LocalDate geldigVanaf, LocalDate geldigTot,
                             String bron, List<TredeDefinitie> treden) {

    /**
     * One trede of the version.
     *
     * @param herbeoordelingMaanden months until the next meting is due; null: the default
     * @param subTreden             municipal sub-treden of this trede, codes {@code <nummer>.<n>}; null: none
     */
    public record TredeDefinitie(Integer nummer, String naam, String definitie, String voorbeeld, String bron,
                                 Integer herbeoordelingMaanden, List<SubTredeDefinitie> subTreden) {
    }

    /** One sub-trede of a trede. */
    public record SubTredeDefinitie(String code, String naam, String definitie, String voorbeeld, String bron,
                                    Integer herbeoordelingMaanden) {
    }

    /**
     * The rules across fields: a kebab-case code (V1 check), {@code geldigTot} not before {@code geldigVanaf}, the
     * six treden 1 to 6 each exactly once ("Het participatieniveau wordt aangegeven in zes treden",
     * sources H2.2; sources L5.2), and every sub-trede of the form {@code <nummer>.<n>}
     * of its own trede, each code once (sources H2.4).
     */
    public List<InvalidParam> fouten() {
        List<InvalidParam> fouten = new ArrayList<>();
        if (code != null && !LadderRegels.isModelCode(code)) {
            fouten.add(new InvalidParam("code", "must be kebab-case: lowercase letters and digits separated by -"));
        }
        if (geldigVanaf != null && geldigTot != null && geldigTot.isBefore(geldigVanaf)) {
            fouten.add(new InvalidParam("geldigTot", "must not lie before geldigVanaf"));
        }
        if (treden == null) {
            return fouten;
        }
        Set<Integer> nummers = new HashSet<>();
        for (int i = 0; i < treden.size(); i++) {
            TredeDefinitie t = treden.get(i);
            if (t == null || t.nummer() == null) {
                continue;
            }
            if (!nummers.add(t.nummer())) {
                fouten.add(new InvalidParam("treden[" + i + "].nummer", "trede " + t.nummer() + " occurs twice"));
            }
            if (t.subTreden() == null) {
                continue;
            }
            Set<String> codes = new HashSet<>();
            for (int j = 0; j < t.subTreden().size(); j++) {
                SubTredeDefinitie s = t.subTreden().get(j);
                if (s == null || s.code() == null) {
                    continue;
                }
                String veld = "treden[" + i + "].subTreden[" + j + "].code";
                LadderRegels.subTredeFout(t.nummer(), s.code())
                        .ifPresent(reden -> fouten.add(new InvalidParam(veld, reden)));
                if (!codes.add(s.code())) {
                    fouten.add(new InvalidParam(veld, "sub-trede " + s.code() + " occurs twice"));
                }
            }
        }
        return fouten;
    }
}
