package nl.trede.intake.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.trede.platform.api.Coded;

/**
 * The allowed transitions of a melding, per melding type, as one table (docs/design-choices.md#conventions: an explicit
 * state machine with an allowed-transitions table, each edge justified). Sources: sources D3.1 (melding →
 * screeningsgesprek → ambitiegesprek → groepsindeling), §2.3 (VSO/PrO school leavers skip the ambitiegesprek,
 * PB §4.2), §3.1 (the klant may withdraw the melding; referral to UWV/DUO ends it) (tips go to
 * enforcement only).
 */
public final class MeldingWorkflow {

    /** What a user can do with a melding. */
    public enum Actie implements Coded {
        SCREENING_AFRONDEN("screening-afronden"),
        AMBITIEGESPREK_VASTLEGGEN("ambitiegesprek-vastleggen"),
        KLANTGROEP_BEPALEN("klantgroep-bepalen"),
        DOORZETTEN("doorzetten"),
        AFWIJZEN("afwijzen"),
        INTREKKEN("intrekken");

        private final String code;

        Actie(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    private record Edge(Set<MeldingStatus> from, MeldingStatus to) {
    }

    private static final Set<MeldingStatus> OPEN = MeldingStatus.OPEN;

    /** The standard path of PB §2.1: screening, then ambitiegesprek, then the klantgroep, then doorzetten. */
    private static final Map<Actie, Edge> STANDARD = Map.of(
            Actie.SCREENING_AFRONDEN, new Edge(EnumSet.of(MeldingStatus.GEREGISTREERD), MeldingStatus.SCREENING_AFGEROND),
            Actie.AMBITIEGESPREK_VASTLEGGEN,
            new Edge(EnumSet.of(MeldingStatus.SCREENING_AFGEROND), MeldingStatus.AMBITIEGESPREK_GEHOUDEN),
            // A klantgroep may be revised until the melding is doorgezet.
            Actie.KLANTGROEP_BEPALEN, new Edge(EnumSet.of(MeldingStatus.AMBITIEGESPREK_GEHOUDEN,
                    MeldingStatus.KLANTGROEP_BEPAALD), MeldingStatus.KLANTGROEP_BEPAALD),
            Actie.DOORZETTEN, new Edge(EnumSet.of(MeldingStatus.KLANTGROEP_BEPAALD), MeldingStatus.DOORGEZET),
            Actie.AFWIJZEN, new Edge(OPEN, MeldingStatus.AFGEWEZEN),
            Actie.INTREKKEN, new Edge(OPEN, MeldingStatus.INGETROKKEN));

    /**
     * A ketenpartner's signal (a VSO/PrO school about a leaver, a wijkteam, UWV, Matchpoint): screening and
     * ambitiegesprek are optional — VSO/PrO youth go from school to the werkbedrijf directly and skip the
     * ambitiegesprek (sources D2.3, PB §4.2).
     */
    private static final Map<Actie, Edge> SIGNAAL = Map.of(
            Actie.SCREENING_AFRONDEN, STANDARD.get(Actie.SCREENING_AFRONDEN),
            Actie.AMBITIEGESPREK_VASTLEGGEN, new Edge(EnumSet.of(MeldingStatus.GEREGISTREERD,
                    MeldingStatus.SCREENING_AFGEROND), MeldingStatus.AMBITIEGESPREK_GEHOUDEN),
            Actie.KLANTGROEP_BEPALEN, new Edge(OPEN, MeldingStatus.KLANTGROEP_BEPAALD),
            Actie.DOORZETTEN, STANDARD.get(Actie.DOORZETTEN),
            Actie.AFWIJZEN, STANDARD.get(Actie.AFWIJZEN),
            Actie.INTREKKEN, STANDARD.get(Actie.INTREKKEN));

    private MeldingWorkflow() {
    }

    /** The status a tip handhaving gets at registration: it is forwarded at once and ends in intake. */
    public static MeldingStatus statusNaRegistratie(MeldingType type) {
        return type == MeldingType.TIP_HANDHAVING ? MeldingStatus.DOORGESTUURD_HANDHAVING : MeldingStatus.GEREGISTREERD;
    }

    /** The status after {@code actie}, or empty when the action is not allowed in {@code huidig}. */
    public static Optional<MeldingStatus> volgende(MeldingType type, MeldingStatus huidig, Actie actie) {
        Edge edge = table(type).get(actie);
        if (edge == null || !edge.from().contains(huidig)) {
            return Optional.empty();
        }
        return Optional.of(edge.to());
    }

    /** The actions allowed now, for the API (so clients can show only what is possible). */
    public static Set<Actie> toegestaan(MeldingType type, MeldingStatus huidig) {
        return table(type).entrySet().stream()
                .filter(e -> e.getValue().from().contains(huidig))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Actie.class)));
    }

    private static Map<Actie, Edge> table(MeldingType type) {
        return switch (type) {
            case TIP_HANDHAVING -> Map.of();
            case SIGNAAL_KETENPARTNER -> SIGNAAL;
            case AANVRAAG_LEVENSONDERHOUD, VERZOEK_ONDERSTEUNING -> STANDARD;
        };
    }
}
