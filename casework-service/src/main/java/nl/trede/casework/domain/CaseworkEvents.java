package nl.trede.casework.domain;

import java.util.UUID;

/** Events casework publishes on {@code trede.casework.v1} (key and subject: klantId); no personal data. */
public final class CaseworkEvents {

    public static final String TYPE_PREFIX = "nl.trede.casework.";
    public static final String ZAAK_AANGEMAAKT = TYPE_PREFIX + "zaak-aangemaakt";
    public static final String REGISSEUR_TOEGEWEZEN = TYPE_PREFIX + "regisseur-toegewezen";
    /** For enforcement: a gedraging to judge (data: {@link GedragingGemeld}). */
    public static final String GEDRAGING_GEMELD = TYPE_PREFIX + "gedraging-gemeld";
    public static final String ZAAK_AFGESLOTEN = TYPE_PREFIX + "zaak-afgesloten";
    public static final String KLANTGROEP_GEWIJZIGD = TYPE_PREFIX + "klantgroep-gewijzigd";
    public static final String REVIEW_GEPLAND = TYPE_PREFIX + "review-gepland";
    public static final String ZAAK_NAAR_NAZORG = TYPE_PREFIX + "zaak-naar-nazorg";
    public static final String ZAAK_OPGESCHAALD = TYPE_PREFIX + "zaak-opgeschaald";
    public static final String PLAN_VASTGESTELD = TYPE_PREFIX + "plan-vastgesteld";
    public static final String TRAJECT_GESTART = TYPE_PREFIX + "traject-gestart";
    public static final String TRAJECT_BEEINDIGD = TYPE_PREFIX + "traject-beeindigd";
    public static final String OVERDRACHT_AANGEBODEN = TYPE_PREFIX + "overdracht-aangeboden";
    public static final String OVERDRACHT_GEACCEPTEERD = TYPE_PREFIX + "overdracht-geaccepteerd";
    public static final String OVERDRACHT_AFGEWEZEN = TYPE_PREFIX + "overdracht-afgewezen";
    public static final String OVERDRACHT_VERLOPEN = TYPE_PREFIX + "overdracht-verlopen";

    private CaseworkEvents() {
    }

    /**
     * A zaak was opened: in its team's queue ({@code regisseur} null), or by a klantmanager directly, who is then its
     * regisseur (the services that decide per record with it need to know from the start).
     */
    public record ZaakAangemaakt(UUID zaakId, UUID meldingId, String meldingType, String team, String klantgroep,
                                 String regisseur) {
    }

    /** The regie changed: team and regisseur (null: the team queue) after the change. */
    public record RegisseurToegewezen(UUID zaakId, String team, String regisseur, String vorigeTeam,
                                      String vorigeRegisseur) {
    }

    /**
     * A gedraging to judge, as enforcement's contract names it (enforcement-service README): {@code meldingId} is
     * casework's id of the report, the category a code of enforcement's rule set; no free text.
     */
    public record GedragingGemeld(UUID meldingId, UUID zaakId, String categorie, java.time.LocalDate datum,
                                  String klantgroep, boolean actieveZorg) {
    }

    public record ZaakAfgesloten(UUID zaakId, String reden) {
    }

    /** An overdracht changed state; {@code reden} only for a rejection (a code, no free text). */
    public record OverdrachtGewijzigd(UUID overdrachtId, UUID zaakId, String soort, String ontvangerSoort,
                                      String ontvanger, String status, String reden) {
    }

    public record TrajectGestart(UUID trajectId, UUID zaakId, String voorziening, java.time.LocalDate startdatum,
                                 java.time.LocalDate einddatum) {
    }

    public record TrajectBeeindigd(UUID trajectId, UUID zaakId, String voorziening, String resultaat) {
    }

    public record KlantgroepGewijzigd(UUID zaakId, String van, String naar, String criterium, String klantVoorkeur,
                                      boolean verschilVanMening) {
    }

    public record PlanVastgesteld(UUID planId, UUID zaakId, int versie, String variant,
                                  java.time.LocalDate evaluatiedatum) {
    }

    /** A review moment (klantgroep evaluation, traject end, plan evaluation, nazorg check-in) is due. */
    public record ReviewGepland(UUID taakId, UUID zaakId, String soort, java.time.LocalDate uiterlijk) {
    }

    public record ZaakStatusGewijzigd(UUID zaakId, String status) {
    }
}
