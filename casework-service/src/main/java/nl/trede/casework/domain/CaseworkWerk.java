package nl.trede.casework.domain;

import java.time.LocalDate;
import java.util.UUID;
import nl.trede.platform.security.Roles;
import nl.trede.platform.werk.Werkitem;

/**
 * casework's open work as work items of the werkvoorraad (docs/contracts/werkitems.md, catalogue of {@code soort}): an
 * open {@link Taak} (reviews, evaluations, escalations for the teamleider, other tasks) and an {@link Overdracht}
 * offered and not yet answered, for the receiving team or party. A task is for the zaak's current team; a
 * klantmanager's task is assigned to the zaak's regisseur. Texts are fixed per kind: the task's own text names
 * providers and people, which the werkvoorraad must not carry.
 */
public final class CaseworkWerk {

    private CaseworkWerk() {
    }

    /** The catalogue code of a task's soort. */
    static String soort(String taakSoort) {
        return switch (taakSoort) {
            case "plan-evaluatie", "traject-review", "evaluatie-klantgroep" -> "casework.evaluatie";
            case "nazorg-check-in", "check-in-ondersteuning" -> "casework.review";
            case "overdracht-verlopen", "escalatie-ondersteuning" -> "casework.escalatie";
            default -> "casework.taak";
        };
    }

    static String omschrijving(String taakSoort, String klantgroep) {
        return switch (taakSoort) {
            case "plan-evaluatie" -> "Plan van aanpak evalueren met de klant";
            case "traject-review" -> "Einde traject: voortzetten, afschalen naar nazorg of afsluiten";
            case "evaluatie-klantgroep" -> "Evaluatie klantgroep" + (klantgroep == null ? "" : " " + klantgroep);
            case "nazorg-check-in" -> "Check-in met de klant in de nazorg";
            case "check-in-ondersteuning" -> "Check-in bij de klant over de ondersteuning";
            case "overdracht-verlopen" -> "Overdracht niet beantwoord: escaleren of opnieuw aanbieden";
            case "escalatie-ondersteuning" -> "Besluiten over het bezwaar tegen vervanging van de ondersteuning";
            case "zorg-afstemming" -> "Maatregel voorgesteld bij actieve zorg: afstemmen met de zorg";
            case "overbrugging-tot-18" -> "Begeleidingsoverleg voor de overbrugging tot 18 jaar plannen";
            default -> "Taak " + taakSoort;
        };
    }

    /** An open task of a zaak of the klant. */
    public static Werkitem taak(UUID taakId, String taakSoort, LocalDate uiterlijk, String rol, UUID zaakId,
                                String team, String regisseur, String klantgroep) {
        return Werkitem.open("taak:" + taakId, soort(taakSoort), omschrijving(taakSoort, klantgroep), uiterlijk, rol,
                        "/api/casework/v1/taken/" + taakId)
                .metZaak(zaakId).voor(team, Roles.KLANTMANAGER.equals(rol) ? regisseur : null)
                .metKlantgroep(klantgroep);
    }

    /** An overdracht offered and not yet answered: the receiver accepts or rejects it by {@code antwoordUiterlijk}. */
    public static Werkitem overdracht(UUID overdrachtId, OverdrachtSoort soort, OntvangerSoort ontvangerSoort,
                                      String ontvanger, LocalDate antwoordUiterlijk, UUID zaakId, String klantgroep) {
        boolean team = ontvangerSoort == OntvangerSoort.TEAM;
        return Werkitem.open("overdracht:" + overdrachtId, "casework.overdracht", "Overdracht (" + soort.code()
                                + ") aangeboden: accepteren of afwijzen", antwoordUiterlijk, Roles.KLANTMANAGER,
                        "/api/casework/v1/overdrachten/" + overdrachtId)
                .metZaak(zaakId).voor(team ? ontvanger : null, team ? null : ontvanger).metKlantgroep(klantgroep);
    }
}
