package nl.trede.casework.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a traject may be added from the voorzieningen catalogue (the casework requirements: "eligibility rules
 * checked when a traject is added (wrong klantgroep, missing doelgroepregister indication, exceeded maximum duration →
 * 400 naming the rule)"). The conditions are the catalogue's data, each with its source (sources D2.6). Plain Java.
 */
public final class VoorzieningRegels {

    /** The conditions of one catalogue entry. {@code klantgroepen} empty: every klantgroep. */
    public record Voorwaarden(String code, Set<String> klantgroepen, Integer minLeeftijd, Integer maxLeeftijd,
                              boolean doelgroepregisterVereist, Integer maxDuurMaanden, Integer minUrenPerWeek,
                              BigDecimal maxBedrag, String bron) {
    }

    /** The traject asked for, and the klant as casework knows them. */
    public record Aanvraag(String klantgroep, LocalDate geboortedatum, boolean inDoelgroepregister,
                           LocalDate startdatum, LocalDate einddatum, Integer urenPerWeek, BigDecimal kosten) {
    }

    /** One broken condition: which, and why, with the source. */
    public record Overtreding(String regel, String uitleg) {
    }

    private VoorzieningRegels() {
    }

    public static List<Overtreding> toets(Voorwaarden v, Aanvraag a) {
        List<Overtreding> fouten = new ArrayList<>();
        if (!v.klantgroepen().isEmpty() && (a.klantgroep() == null || !v.klantgroepen().contains(a.klantgroep()))) {
            fouten.add(new Overtreding("klantgroep", v.code() + " is for klantgroep " + String.join(" or ",
                    v.klantgroepen().stream().sorted().toList()) + ", the zaak's is " + a.klantgroep()
                    + " (" + v.bron() + ")"));
        }
        int leeftijd = Period.between(a.geboortedatum(), a.startdatum()).getYears();
        if (v.minLeeftijd() != null && leeftijd < v.minLeeftijd()) {
            fouten.add(new Overtreding("leeftijd", v.code() + " is from age " + v.minLeeftijd() + "; the klant is "
                    + leeftijd + " on the start date (" + v.bron() + ")"));
        }
        if (v.maxLeeftijd() != null && leeftijd >= v.maxLeeftijd()) {
            fouten.add(new Overtreding("leeftijd", v.code() + " is under age " + v.maxLeeftijd() + "; the klant is "
                    + leeftijd + " on the start date (" + v.bron() + ")"));
        }
        if (v.doelgroepregisterVereist() && !a.inDoelgroepregister()) {
            fouten.add(new Overtreding("doelgroepregister", v.code() + " needs the doelgroepregister indication ("
                    + v.bron() + ")"));
        }
        if (v.maxDuurMaanden() != null && a.einddatum().isAfter(a.startdatum().plusMonths(v.maxDuurMaanden()))) {
            fouten.add(new Overtreding("maximale-duur", v.code() + " lasts at most " + v.maxDuurMaanden()
                    + " months: until " + a.startdatum().plusMonths(v.maxDuurMaanden()) + " (" + v.bron() + ")"));
        }
        if (v.minUrenPerWeek() != null && (a.urenPerWeek() == null || a.urenPerWeek() < v.minUrenPerWeek())) {
            fouten.add(new Overtreding("uren-per-week", v.code() + " needs at least " + v.minUrenPerWeek()
                    + " hours per week (" + v.bron() + ")"));
        }
        if (v.maxBedrag() != null && a.kosten() != null && a.kosten().compareTo(v.maxBedrag()) > 0) {
            fouten.add(new Overtreding("maximaal-bedrag", v.code() + " costs at most EUR " + v.maxBedrag() + " ("
                    + v.bron() + ")"));
        }
        return fouten;
    }
}
