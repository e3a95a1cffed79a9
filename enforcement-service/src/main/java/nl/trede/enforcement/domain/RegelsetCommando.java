package nl.trede.enforcement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A new version of a rule set to load ({@link RegelsetBeheer}); the resource validates the body and maps to it. */
public final class RegelsetCommando {

    private RegelsetCommando() {
    }

    public record Versie(String code, String naam, String gemeente, LocalDate geldigVanaf, LocalDate geldigTot,
                         String bron, List<Categorie> categorieen, Recidive recidive) {
    }

    /** Recidive semantics; null fields: the statutory default. */
    public record Recidive(String telt, String vanaf) {
    }

    public record Categorie(String code, String omschrijving, String artikel, String soort, String recidivegroep,
                            Integer recidiveTermijnMaanden, Boolean waarschuwingToegestaan, String bron,
                            List<Stap> stappen) {
    }

    public record Stap(Integer stap, Integer percentage, Integer duurMaanden, BigDecimal bedragEenmalig,
                       String artikel, String bron) {
    }
}
