package nl.trede.enforcement.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.trede.platform.api.Coded;

/**
 * The allowed steps of the maatregel procedure as one table (docs/design-choices.md#conventions), each edge with its
 * source (sources D4.2 and D4.4 G5/G6 Stap 1-3, D4.6):
 * <ul>
 *   <li>hoorverzoek-versturen: "Stap 1 hear the client (written invitation; e-mail allowed)"; Awb 4:8;</li>
 *   <li>hersteltermijn-versturen: "Stap 2 no response → hersteltermijn", only after an unanswered invitation;</li>
 *   <li>horen-vastleggen: the klant was heard, after the invitation or within the hersteltermijn;</li>
 *   <li>voorstellen: "Stap 3 → afstemmen" after horen, or after an unanswered hersteltermijn ("Wederhoor is niet
 *       verplicht"); re-proposing is allowed until the besluit;</li>
 *   <li>besluiten: the inkomensconsulent "schrijft de beschikking" (D4.2); the outcome of the proposal decides the
 *       final state (opgelegd, afgezien, gewaarschuwd; per klantgroep for a no-show, sources D4.3: contact-gezocht
 *       for Zorg's first, geblokkeerd for Faciliteren's/Zorg's second — both final);</li>
 *   <li>herzien: an opgelegde lid 5-8 verlaging ends early on request once the klant meets the lid-4 obligations
 *       (Pw art. 18 lid 11);</li>
 *   <li>blokkering-opheffen: a blokkering (Faciliteren/Zorg 2nd no-show) is lifted, GWS pays again;</li>
 *   <li>blokkering-hersteltermijn-versturen, stopzetten: Zorg, PB §6.3.1, §7.2 — after the blokkering a
 *       hersteltermijn; when it ends without reaction the uitkering is stopped (only Zorg; 409 for others).</li>
 * </ul>
 * Skipping horen on a recorded Awb 4:11/4:12 ground is not offered yet.
 */
public final class GedragingWorkflow {

    public enum Actie implements Coded {
        HOORVERZOEK_VERSTUREN("hoorverzoek-versturen"),
        HERSTELTERMIJN_VERSTUREN("hersteltermijn-versturen"),
        HOREN_VASTLEGGEN("horen-vastleggen"),
        VOORSTELLEN("voorstellen"),
        BESLUITEN("besluiten"),
        HERZIEN("herzien"),
        BLOKKERING_OPHEFFEN("blokkering-opheffen"),
        BLOKKERING_HERSTELTERMIJN_VERSTUREN("blokkering-hersteltermijn-versturen"),
        STOPZETTEN("stopzetten");

        private final String code;

        Actie(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    private static final Map<Actie, Set<GedragingStatus>> VAN = Map.of(
            Actie.HOORVERZOEK_VERSTUREN, EnumSet.of(GedragingStatus.GEREGISTREERD),
            Actie.HERSTELTERMIJN_VERSTUREN, EnumSet.of(GedragingStatus.HOORVERZOEK_VERSTUURD),
            Actie.HOREN_VASTLEGGEN, EnumSet.of(GedragingStatus.HOORVERZOEK_VERSTUURD,
                    GedragingStatus.HERSTELTERMIJN_VERSTUURD),
            Actie.VOORSTELLEN, EnumSet.of(GedragingStatus.GEHOORD, GedragingStatus.HERSTELTERMIJN_VERSTUURD,
                    GedragingStatus.VOORGESTELD),
            Actie.BESLUITEN, EnumSet.of(GedragingStatus.VOORGESTELD),
            Actie.HERZIEN, EnumSet.of(GedragingStatus.OPGELEGD),
            Actie.BLOKKERING_OPHEFFEN, EnumSet.of(GedragingStatus.GEBLOKKEERD),
            Actie.BLOKKERING_HERSTELTERMIJN_VERSTUREN, EnumSet.of(GedragingStatus.GEBLOKKEERD),
            Actie.STOPZETTEN, EnumSet.of(GedragingStatus.GEBLOKKEERD));

    private static final Map<Actie, GedragingStatus> NAAR = Map.of(
            Actie.HOORVERZOEK_VERSTUREN, GedragingStatus.HOORVERZOEK_VERSTUURD,
            Actie.HERSTELTERMIJN_VERSTUREN, GedragingStatus.HERSTELTERMIJN_VERSTUURD,
            Actie.HOREN_VASTLEGGEN, GedragingStatus.GEHOORD,
            Actie.VOORSTELLEN, GedragingStatus.VOORGESTELD,
            Actie.HERZIEN, GedragingStatus.HERZIEN,
            Actie.BLOKKERING_OPHEFFEN, GedragingStatus.BLOKKERING_OPGEHEVEN,
            Actie.STOPZETTEN, GedragingStatus.STOPGEZET);

    private GedragingWorkflow() {
    }

    public static boolean toegestaan(GedragingStatus huidig, Actie actie) {
        return VAN.get(actie).contains(huidig);
    }

    /** The next state; for {@link Actie#BESLUITEN} empty (the proposal's outcome decides). */
    public static Optional<GedragingStatus> naar(Actie actie) {
        return Optional.ofNullable(NAAR.get(actie));
    }

    public static Set<Actie> toegestaan(GedragingStatus huidig) {
        return VAN.entrySet().stream().filter(e -> e.getValue().contains(huidig)).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Actie.class)));
    }
}
