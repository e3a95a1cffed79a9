package nl.trede.casework.domain;

/** The kinds of record a path id names: a zaak, or a record that belongs to exactly one zaak. */
public enum Bron {
    ZAAK("Zaak"),
    OVERDRACHT("Overdracht"),
    AFWIJKING("Afwijking"),
    TRAJECT("Traject"),
    TAAK("Taak"),
    ONDERSTEUNING("Ondersteuning"),
    BEGELEIDINGSOVERLEG("Begeleidingsoverleg");

    private final String naam;

    Bron(String naam) {
        this.naam = naam;
    }

    /** The record's name in a problem's detail, e.g. "Overdracht". */
    public String naam() {
        return naam;
    }
}
