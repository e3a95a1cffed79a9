package nl.trede.worklist.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.trede.platform.toegang.ZaakRegie;

/**
 * When a user gets a signalering (worklist-service/README.md "Signaleringen"). Plain rules: values in, decisions out.
 */
public final class SignaleringRegels {

    /** The klantgroep code of casework's klantgroep for klanten with (active) zorg (intake's klantgroepen). */
    public static final String ZORG = "zorg";

    private SignaleringRegels() {
    }

    /**
     * The signaleringen a new snapshot causes, compared with the items held before:
     * <ul>
     *   <li>{@code overdracht-aangeboden}: a {@code casework.overdracht} item that was not there before, to the person
     *       it is offered to when named, else to the team;</li>
     *   <li>{@code toegewezen}: any other item assigned to a user who did not hold it before (a new item, or one that
     *       changed hands).</li>
     * </ul>
     */
    public static List<NieuweSignalering> bijSnapshot(Collection<Werkitem> oud, Collection<Werkitem> nieuw) {
        Map<String, Werkitem> eerder = oud.stream().collect(Collectors.toMap(Werkitem::id, Function.identity(),
                (a, b) -> a));
        List<NieuweSignalering> uit = new ArrayList<>();
        for (Werkitem item : nieuw) {
            Werkitem was = eerder.get(item.id());
            if (Werkitem.OVERDRACHT.equals(item.soort())) {
                if (was == null) {
                    Ontvanger naar = item.toegewezenAan() != null ? Ontvanger.gebruiker(item.toegewezenAan())
                            : item.team() != null ? Ontvanger.team(item.team()) : null;
                    if (naar != null) {
                        uit.add(NieuweSignalering.over(item, SignaleringSoort.OVERDRACHT_AANGEBODEN, naar));
                    }
                }
            } else if (item.toegewezenAan() != null
                    && (was == null || !item.toegewezenAan().equals(was.toegewezenAan()))) {
                uit.add(NieuweSignalering.over(item, SignaleringSoort.TOEGEWEZEN,
                        Ontvanger.gebruiker(item.toegewezenAan())));
            }
        }
        return uit;
    }

    /**
     * The termijn signalering of an item on {@code vandaag}: {@code termijn-morgen} when open work is due tomorrow,
     * {@code termijn-verlopen} when open work is overdue (its vervaldatum, the last day of the term, has passed). A
     * running term that is only watched ({@code bewaken}, e.g. a bezwaartermijn) signals nothing: nobody must act.
     */
    public static Optional<SignaleringSoort> termijn(Werkitem item, LocalDate vandaag) {
        if (!item.open()) {
            return Optional.empty();
        }
        if (item.vervaldatum().isEqual(vandaag.plusDays(1))) {
            return Optional.of(SignaleringSoort.TERMIJN_MORGEN);
        }
        if (item.vervaldatum().isBefore(vandaag)) {
            return Optional.of(SignaleringSoort.TERMIJN_VERLOPEN);
        }
        return Optional.empty();
    }

    /**
     * Who is told about an item's term: the person it is assigned to; else its team; else the team or regisseur of
     * the klant's open casework zaak (the regisseur first); else the role queue of its {@code rol}.
     */
    public static Ontvanger termijnOntvanger(Werkitem item, Collection<ZaakRegie> zakenVanKlant) {
        if (item.toegewezenAan() != null) {
            return Ontvanger.gebruiker(item.toegewezenAan());
        }
        if (item.team() != null) {
            return Ontvanger.team(item.team());
        }
        Optional<ZaakRegie> open = zakenVanKlant.stream().filter(z -> !z.afgesloten()).findFirst();
        if (open.isPresent() && open.get().regisseur() != null) {
            return Ontvanger.gebruiker(open.get().regisseur());
        }
        if (open.isPresent() && open.get().team() != null) {
            return Ontvanger.team(open.get().team());
        }
        return Ontvanger.rol(item.rol());
    }

    /** The signaleringen of today's termijn job over these open items. */
    public static List<NieuweSignalering> termijnen(Collection<Werkitem> items, LocalDate vandaag,
                                                    Function<UUID, Collection<ZaakRegie>> zaken) {
        List<NieuweSignalering> uit = new ArrayList<>();
        for (Werkitem item : items) {
            termijn(item, vandaag).ifPresent(soort -> uit.add(NieuweSignalering.over(item, soort,
                    termijnOntvanger(item, zaken.apply(item.klantId())))));
        }
        return uit;
    }

    /**
     * {@code maatregel-voorgesteld}: enforcement proposed a maatregel for a klant whose zaak has active zorg — its
     * klantgroep is {@value #ZORG}, or casework flagged the zaak {@code actieveZorg} — goes to the zaak's regisseur, who
     * must align it with the zorg before the besluit (casework-service/README.md "handhaving vs zorg"; Pw art. 18 lid 2
     * asks the college to weigh the klant's circumstances). No regisseur (the team queue) or a closed zaak: nobody.
     */
    public static Optional<Ontvanger> maatregel(ZaakRegie zaak, String klantgroep, Boolean actieveZorg) {
        boolean zorg = ZORG.equals(klantgroep) || Boolean.TRUE.equals(actieveZorg);
        if (!zorg || zaak == null || zaak.afgesloten() || zaak.regisseur() == null) {
            return Optional.empty();
        }
        return Optional.of(Ontvanger.gebruiker(zaak.regisseur()));
    }
}
