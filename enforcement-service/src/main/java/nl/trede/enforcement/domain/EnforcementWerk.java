package nl.trede.enforcement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.trede.platform.security.Roles;
import nl.trede.platform.time.NlTime;
import nl.trede.platform.werk.Werkitem;

/**
 * enforcement's open work as work items of the werkvoorraad (docs/contracts/werkitems.md, catalogue of {@code soort}),
 * all for the handhaver, by the step the gedraging's procedure is at ({@link GedragingWorkflow}):
 * <ul>
 *   <li>geregistreerd, hoorverzoek-verstuurd: hear the klant before the besluit ({@code enforcement.horen}, Awb art.
 *       4:8), due at once, then on the day of the hoorgesprek;</li>
 *   <li>hersteltermijn-verstuurd: the hersteltermijn runs until the conversation it names ({@code
 *       enforcement.hersteltermijn}, sources D4.6); act when it ends;</li>
 *   <li>gehoord, voorgesteld: propose and decide on the maatregel ({@code enforcement.besluit}, Awb art. 4:13);</li>
 *   <li>after a besluit with a bezwaartermijn: the six weeks of Awb art. 6:7 to watch ({@code
 *       enforcement.bezwaartermijn}, status bewaken); the platform drops it after its last day;</li>
 *   <li>Zorg, after a blokkering: the hersteltermijn before a stopzetting (PB §6.3.1), to act on when it ends.</li>
 * </ul>
 * The item is for the team of the klant's zaak (the zaak_toegang projection); fixed texts, no personal data.
 */
public final class EnforcementWerk {

    /** The team and regisseur of the gedraging's zaak, as casework's regie events tell them; both may be null. */
    public record Regie(String team, String regisseur) {
        public static final Regie ONBEKEND = new Regie(null, null);
    }

    private EnforcementWerk() {
    }

    /** The open step of a gedraging, if its procedure is still open. */
    public static List<Werkitem> stap(Gedraging g, Maatregel m, Regie regie) {
        String pad = HandhavingService.PATH + "/" + g.id;
        List<Werkitem> items = new ArrayList<>();
        switch (g.status) {
            case GEREGISTREERD -> items.add(Werkitem.open("horen:" + g.id, "enforcement.horen",
                    "Hoorverzoek sturen: de klant horen voor het besluit", NlTime.datum(g.geregistreerdOp),
                    Roles.HANDHAVER, pad).metGrondslag("Awb art. 4:8"));
            case HOORVERZOEK_VERSTUURD -> items.add(Werkitem.open("horen:" + g.id, "enforcement.horen",
                    "Klant horen in het hoorgesprek", g.hoorgesprekOp, Roles.HANDHAVER, pad)
                    .metGrondslag("Awb art. 4:8"));
            case HERSTELTERMIJN_VERSTUURD -> items.add(Werkitem.open("hersteltermijn:" + g.id,
                    "enforcement.hersteltermijn", "Hersteltermijn loopt: horen of maatregel voorstellen na het gesprek",
                    g.hersteltermijnGesprekOp, Roles.HANDHAVER, pad).metGrondslag("Awb art. 4:8"));
            case GEHOORD -> items.add(Werkitem.open("besluit:" + g.id, "enforcement.besluit",
                    "Maatregel voorstellen na het horen", g.gehoordOp, Roles.HANDHAVER, pad)
                    .metGrondslag("Awb art. 4:13"));
            case VOORGESTELD -> items.add(Werkitem.open("besluit:" + g.id, "enforcement.besluit",
                    "Besluiten over de voorgestelde maatregel", m == null ? NlTime.datum(g.geregistreerdOp)
                            : NlTime.datum(m.voorgesteldOp), Roles.HANDHAVER, pad).metGrondslag("Awb art. 4:13"));
            case GEBLOKKEERD -> {
                if (m != null && m.blokkeringHersteltermijnTot != null) {
                    items.add(Werkitem.open("blokkering-hersteltermijn:" + m.id, "enforcement.hersteltermijn",
                            "Hersteltermijn na de blokkering loopt: daarna stopzetten of opheffen",
                            m.blokkeringHersteltermijnTot, Roles.HANDHAVER, pad));
                }
            }
            default -> {
                // decided or merged: no step left
            }
        }
        if (m != null && m.besluitdatum != null && m.bezwaarTot != null) {
            items.add(Werkitem.open("bezwaartermijn:" + m.id, "enforcement.bezwaartermijn",
                    "Bezwaartermijn na het besluit loopt", m.bezwaarTot, Roles.HANDHAVER, pad)
                    .metGrondslag("Awb art. 6:7").bewaken());
        }
        return items.stream().map(w -> w.metZaak(g.zaakId).voor(regie.team(), null).metKlantgroep(g.klantgroep))
                .toList();
    }
}
