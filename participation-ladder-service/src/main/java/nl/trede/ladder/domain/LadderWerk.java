package nl.trede.ladder.domain;

import java.util.UUID;
import nl.trede.platform.security.Roles;
import nl.trede.platform.werk.Werkitem;

/**
 * A meting due as a work item of the werkvoorraad (docs/contracts/werkitems.md, {@code ladder.meting}): the next
 * periodic meting on a ladder model (the review interval of the current trede or sub-trede, sources H2.6), the
 * nulmeting at a traject's start and the meting at its end (sources L5.3). The klantmanager's work, for the team and
 * regisseur of the klant's zaak; recorded through {@code POST /api/ladder/v1/metingen}.
 */
public final class LadderWerk {

    /** The zaak the work belongs to, with its team and regisseur (all null when casework has told none). */
    public record Zaak(UUID zaakId, String team, String regisseur) {
        public static final Zaak ONBEKEND = new Zaak(null, null, null);
    }

    private LadderWerk() {
    }

    public static Werkitem werkitem(MetingService.Verwacht v, Zaak zaak, String klantgroep) {
        String id;
        String omschrijving;
        switch (v.reden()) {
            case "traject-start" -> {
                id = "traject-start:" + v.trajectId();
                omschrijving = "Nulmeting op de Participatieladder bij de start van het traject";
            }
            case "traject-einde" -> {
                id = "traject-einde:" + v.trajectId();
                omschrijving = "Meting op de Participatieladder bij het einde van het traject";
            }
            default -> {
                id = "verwachte-meting:" + v.klantId() + ":" + v.modelCode();
                omschrijving = "Volgende meting op de Participatieladder (model " + v.modelCode() + ")";
            }
        }
        return Werkitem.open(id, "ladder.meting", omschrijving, v.verwachtOp(), Roles.KLANTMANAGER,
                        MetingService.PATH)
                .metZaak(v.zaakId() != null ? v.zaakId() : zaak.zaakId()).voor(zaak.team(), zaak.regisseur())
                .metKlantgroep(klantgroep);
    }
}
