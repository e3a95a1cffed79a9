package nl.trede.intake.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.trede.platform.api.Coded;

/**
 * When the steps of the aanvraag's documents are allowed (sources D3.1 "Documents": within 5 working
 * days, then an aanvultermijn, an SMS one day before its end, then „zal de aanvraag formeel buiten behandeling worden
 * gelaten"; PB §2.2.2; D10 S15; Awb art. 4:5 lid 1: buiten behandeling only after the aanvrager „de gelegenheid
 * heeft gehad de aanvraag binnen een door het bestuursorgaan gestelde termijn aan te vullen"). Plain Java.
 */
public final class AanvraagRegels {

    /** The document steps a client can take. */
    public enum Actie implements Coded {
        AANVULTERMIJN_STUREN("aanvultermijn-sturen"),
        DOCUMENTEN_COMPLEET("documenten-compleet"),
        BUITEN_BEHANDELING_STELLEN("buiten-behandeling-stellen");

        private final String code;

        Actie(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /**
     * What the rules look at.
     *
     * @param type                      the melding type: only an aanvraag levensonderhoud has documents
     * @param status                    the aanvraag status ({@code null} for other types)
     * @param documentenOpgevraagd      the screening asked for the documents (the DOCUMENTEN deadline exists)
     * @param aanvultermijnen           earlier aanvultermijnen, oldest first
     * @param buitenBehandelingVanaf    the first day the latest unused aanvultermijn allows buiten behandeling
     * @param vandaag                   today in Europe/Amsterdam
     */
    public record Stand(MeldingType type, AanvraagStatus status, boolean documentenOpgevraagd,
                        List<IntakeTermijnen.Aanvultermijn> aanvultermijnen, LocalDate buitenBehandelingVanaf,
                        LocalDate vandaag) {
    }

    private AanvraagRegels() {
    }

    /** Why {@code actie} is not allowed now, or empty when it is. */
    public static Optional<String> geweigerd(Actie actie, Stand stand) {
        if (stand.type() != MeldingType.AANVRAAG_LEVENSONDERHOUD) {
            return Optional.of("only an aanvraag-levensonderhoud has documents to supplement");
        }
        if (stand.status() != AanvraagStatus.IN_BEHANDELING) {
            return Optional.of("the aanvraag is " + stand.status().code());
        }
        if (!stand.documentenOpgevraagd()) {
            return Optional.of("the documents are asked for at the screeningsgesprek (PB §2.2.2): record the "
                    + "screening first");
        }
        Optional<IntakeTermijnen.Aanvultermijn> laatste = stand.aanvultermijnen().isEmpty() ? Optional.empty()
                : Optional.of(stand.aanvultermijnen().get(stand.aanvultermijnen().size() - 1));
        return switch (actie) {
            case DOCUMENTEN_COMPLEET -> Optional.empty();
            case AANVULTERMIJN_STUREN -> laatste
                    .filter(a -> a.aangevuldOp() == null && !a.einde().isBefore(stand.vandaag()))
                    .map(a -> "an aanvultermijn runs until " + a.einde());
            case BUITEN_BEHANDELING_STELLEN -> {
                if (laatste.isEmpty()) {
                    yield Optional.of("Awb art. 4:5: the aanvrager must first have had an aanvultermijn to supplement "
                            + "the aanvraag");
                }
                if (stand.vandaag().isBefore(stand.buitenBehandelingVanaf())) {
                    yield Optional.of("the aanvultermijn runs until " + laatste.get().einde()
                            + "; buiten behandeling is possible from " + stand.buitenBehandelingVanaf());
                }
                yield Optional.empty();
            }
        };
    }

    /** The steps allowed now, for the API. */
    public static List<Actie> toegestaan(Stand stand) {
        List<Actie> acties = new ArrayList<>();
        for (Actie actie : Actie.values()) {
            if (geweigerd(actie, stand).isEmpty()) {
                acties.add(actie);
            }
        }
        return acties;
    }
}
