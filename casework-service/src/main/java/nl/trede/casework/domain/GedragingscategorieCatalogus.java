package nl.trede.casework.domain;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.trede.platform.problem.InvalidParam;
import nl.trede.platform.problem.ProblemException;

/**
 * The contract with enforcement (casework-service/README.md "Reporting a gedraging"): enforcement publishes its
 * catalogue of gedragingscategorieen ({@code nl.trede.enforcement.gedragingscategorieen-gewijzigd}: every version of
 * the regelset that judges casework's reports, with its dates, codes, and the klantgroepen a category cannot be
 * imposed on); casework keeps the latest in {@code gedragingscategorie} and checks a report against the version valid
 * on the gedraging's date — without calling enforcement, so a report is checked also while enforcement is down.
 * Before any catalogue arrived a report is 503 (never accepted unchecked).
 */
@ApplicationScoped
public class GedragingscategorieCatalogus {

    private final Clock clock;

    public GedragingscategorieCatalogus(Clock clock) {
        this.clock = clock;
    }

    /** Replaces the catalogue with the event's data; an unreadable catalogue is an IllegalArgumentException. */
    @Transactional
    public void vervang(JsonNode data) {
        if (data == null || !data.hasNonNull("regelset") || !data.path("versies").isArray()) {
            throw new IllegalArgumentException("a catalogue has a regelset and versies");
        }
        List<Gedragingscategorie> rijen = new ArrayList<>();
        Instant nu = Instant.now(clock);
        for (JsonNode versie : data.get("versies")) {
            LocalDate vanaf = datum(versie, "geldigVanaf");
            LocalDate tot = versie.hasNonNull("geldigTot") ? datum(versie, "geldigTot") : null;
            if (vanaf == null || (tot != null && tot.isBefore(vanaf)) || !versie.path("categorieen").isArray()) {
                throw new IllegalArgumentException("a version has geldigVanaf, geldigTot not before it, categorieen");
            }
            for (JsonNode c : versie.get("categorieen")) {
                String code = c.path("code").asText("");
                if (!code.matches("[a-z0-9][a-z0-9-]{0,79}")) {
                    throw new IllegalArgumentException("a category has a code");
                }
                Gedragingscategorie rij = new Gedragingscategorie();
                rij.regelset = data.get("regelset").asText();
                rij.geldigVanaf = vanaf;
                rij.geldigTot = tot;
                rij.code = code;
                rij.artikel = c.hasNonNull("artikel") ? c.get("artikel").asText() : null;
                rij.arbeidsverplichting = c.path("arbeidsverplichting").asBoolean(false);
                List<String> niet = new ArrayList<>();
                c.path("nietVoorKlantgroepen").forEach(k -> niet.add(k.asText()));
                rij.nietVoorKlantgroepen = String.join(",", niet);
                rij.referentiedatumVereist = c.path("referentiedatumVereist").asBoolean(false);
                rij.ontvangenOp = nu;
                rijen.add(rij);
            }
        }
        Gedragingscategorie.deleteAll();
        Gedragingscategorie.flush();
        Gedragingscategorie.persist(rijen);
    }

    private static LocalDate datum(JsonNode node, String veld) {
        try {
            return node.hasNonNull(veld) ? LocalDate.parse(node.get(veld).asText()) : null;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(veld + " is not a date");
        }
    }

    /**
     * Checks a report against the catalogue version valid on its date, for the zaak's klantgroep: 503
     * {@code catalogus-onbekend} before any catalogue arrived; 400 naming {@code datum} (no version on that date) or
     * {@code categorie} (unknown code; an arbeidsverplichting the klantgroep does not have; a category that needs
     * data a report from casework cannot carry).
     */
    public void toets(String categorie, LocalDate datum, String klantgroep) {
        if (Gedragingscategorie.count() == 0) {
            throw new ProblemException(503, "catalogus-onbekend", "Catalogue not yet known", "Casework has not yet "
                    + "received enforcement's catalogue of gedragingscategorieen, so it cannot check this report; "
                    + "nothing was reported. Retry later.", null, null);
        }
        List<Gedragingscategorie> versie = Gedragingscategorie.geldigOp(datum);
        if (versie.isEmpty()) {
            throw new ProblemException(400, "geen-catalogus-op-datum", "Invalid input", "Enforcement's catalogue has no "
                    + "version valid on " + datum + ".", List.of(new InvalidParam("datum", "enforcement judges no "
                    + "gedraging of this date (rule geen-catalogus-op-datum)")), null);
        }
        Gedragingscategorie c = versie.stream().filter(v -> v.code.equals(categorie)).findFirst().orElse(null);
        if (c == null) {
            throw new ProblemException(400, "categorie-onbekend", "Invalid input", "Category " + categorie + " is not "
                    + "in enforcement's catalogue valid on " + datum + ".", List.of(new InvalidParam("categorie",
                    "must be a category of enforcement's catalogue valid on " + datum + " (rule categorie-onbekend): "
                    + String.join(", ", versie.stream().map(v -> v.code).toList()))), null);
        }
        if (klantgroep != null && c.nietVoor().contains(klantgroep)) {
            throw new ProblemException(400, "geen-arbeidsverplichting", "Invalid input", "Klantgroep " + klantgroep
                    + " has no arbeidsverplichting (Deventer PB §1.2 \"geen arbeidsverplichting\"): category "
                    + categorie + " (" + c.artikel + ") cannot be imposed.", List.of(new InvalidParam("categorie",
                    "enforces an arbeidsverplichting, which klantgroep " + klantgroep + " of this zaak does not have "
                    + "(rule geen-arbeidsverplichting)")), null);
        }
        if (c.referentiedatumVereist) {
            throw new ProblemException(400, "referentiedatum-vereist", "Invalid input", "Category " + categorie
                    + " needs the date of the kennisgeving, which a report from casework does not carry.",
                    List.of(new InvalidParam("categorie", "needs a referentiedatum (the kennisgeving): register it "
                            + "at enforcement (rule referentiedatum-vereist)")), null);
        }
    }
}
