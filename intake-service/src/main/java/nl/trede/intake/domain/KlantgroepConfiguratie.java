package nl.trede.intake.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a working klantgroep configuration is, checked on the whole configuration as it would be after a change (a
 * {@code PUT /klantgroepen/{code}} or {@code POST /klantgroepen/_activeer}) before anything is written. Triage
 * ({@code POST /meldingen/{id}/klantgroep-besluiten}) offers exactly the active klantgroepen, and the decided code goes
 * to casework (its zaak) and to the ladder (its reports per klantgroep). So:
 * <ol>
 *   <li><b>at least one active klantgroep</b> — the ambitiegesprek ends with a klantgroep decision for every klant
 *       (Deventer productenboek §2.2.3-§2.2.4; the consultant decides, the klant's preference is recorded beside it),
 *       and doorzetten needs one: without an active klantgroep no melding can be placed or reach casework;</li>
 *   <li><b>the active klantgroepen form one stelsel</b> — a municipality decides with one grouping (Deventer's four of
 *       the Re-integratieverordening Deventer 2021 art. 1 b-e, or Apeldoorn's werkbedrijf vs activering); active groups
 *       of two stelsels would offer two classifications of the same case at once;</li>
 *   <li><b>no two active klantgroepen share a horizon</b> — the horizon (months to the labour market) is the routing
 *       criterion between groups (Apeldoorn: placement expected within 12 months → werkbedrijf, otherwise activering;
 *       Deventer: Matchen within six months, Groeien within three years); two groups with the same horizon leave the
 *       case between them undecided. Groups without a horizon (Faciliteren, Zorg) are told apart by their definition.</li>
 * </ol>
 */
public final class KlantgroepConfiguratie {

    /** One klantgroep as the configuration would hold it. */
    public record Groep(String code, boolean actief, String stelsel, Integer horizonMaanden) {
    }

    /** A rule the configuration would break: a stable code and what would break. */
    public record Breuk(String code, String detail) {
    }

    private KlantgroepConfiguratie() {
    }

    /** Every rule the configuration {@code na} breaks; empty when it works. */
    public static List<Breuk> toets(List<Groep> na) {
        List<Breuk> breuken = new ArrayList<>();
        List<Groep> actief = na.stream().filter(Groep::actief).toList();
        if (actief.isEmpty()) {
            breuken.add(new Breuk("geen-actieve-klantgroep", "At least one klantgroep must stay active: no melding "
                    + "could be placed otherwise."));
            return breuken;
        }
        TreeSet<String> stelsels = actief.stream().map(Groep::stelsel).collect(Collectors.toCollection(TreeSet::new));
        if (stelsels.size() > 1) {
            breuken.add(new Breuk("stelsels-gemengd", "The active klantgroepen would belong to more than one stelsel ("
                    + String.join(", ", stelsels) + "); triage decides with one municipality's grouping. Activate a "
                    + "stelsel with POST /klantgroepen/_activeer, or keep new klantgroepen of another stelsel inactive."));
        }
        Map<Integer, List<String>> perHorizon = new TreeMap<>();
        actief.stream().filter(g -> g.horizonMaanden() != null).forEach(g -> perHorizon
                .computeIfAbsent(g.horizonMaanden(), h -> new ArrayList<>()).add(g.code()));
        perHorizon.forEach((horizon, codes) -> {
            if (codes.size() > 1) {
                breuken.add(new Breuk("horizon-dubbel", "The active klantgroepen " + String.join(", ",
                        codes.stream().sorted().toList()) + " would share the horizon of " + horizon + " months; the "
                        + "horizon decides between klantgroepen, so a case could not be routed to one of them."));
            }
        });
        return breuken;
    }

    /** The configuration {@code voor} with {@code gewijzigd} put in place of the klantgroep of the same code. */
    public static List<Groep> met(List<Groep> voor, Groep gewijzigd) {
        List<Groep> na = new ArrayList<>(voor.stream().filter(g -> !Objects.equals(g.code(), gewijzigd.code()))
                .toList());
        na.add(gewijzigd);
        return na;
    }

    /** The configuration {@code voor} with exactly the klantgroepen of {@code stelsel} active. */
    public static List<Groep> metStelsel(List<Groep> voor, String stelsel) {
        return voor.stream().map(g -> new Groep(g.code(), g.stelsel().equals(stelsel), g.stelsel(),
                g.horizonMaanden())).toList();
    }
}
