package nl.trede.platform.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The citation check of reference data (docs/sources.md, "Old keys (alias table)"). */
class BronCitatenTest {

    private final BronCitaten uitRepository = BronCitaten.uitRepository();
    private final BronCitaten klein = BronCitaten.metSources(
            "<a id=\"d44\"></a> <a id=\"l410\"></a> <a id=\"a3\"></a> <a id=\"a14\"></a>");

    @Test
    void aKeyOfTheSourcesPageAUrlOrAnArticleIsACitation() {
        assertEquals(List.of(), klein.fouten("D4.4 G2 (grondslag Afstemmingsverordening)"));
        assertEquals(List.of(), klein.fouten("V art. 2 lid 2; A3 R-14"));
        assertEquals(List.of(), klein.fouten("A3 R-14; A1.4 rules A1, A2 and A4 (rule A9)"));
        assertEquals(List.of(), klein.fouten("50% for 1 month [ASSUMPTION: Rotterdam 2019, L4.10]"));
        assertEquals(List.of(), klein.fouten("Pw art. 18 lid 7: 100% for 3 months"));
        assertEquals(List.of(), klein.fouten("https://wetten.overheid.nl/BWBR0015703/2026-07-01#Artikel18"));
    }

    @Test
    void oldWorkingNoteKeysAreRejected() {
        for (String oud : List.of("../shared/x, D4.4", "not in seed 004 (art. 18)")) {
            assertTrue(klein.fouten(oud).stream().anyMatch(f -> f.startsWith("old key")), oud);
        }
    }

    @Test
    void everyOldKeyOfTheAliasTableIsRejected() throws IOException {
        String sources = Files.readString(Path.of("../docs/sources.md"));
        String tabel = sources.substring(sources.indexOf("| old citation |"), sources.indexOf("\n---",
                sources.indexOf("| old citation |")));
        List<String> oudeSleutels = new ArrayList<>();
        for (String regel : tabel.split("\n")) {
            String oud = regel.split("\\|")[1];
            Matcher m = Pattern.compile("`([^`]+)`").matcher(oud);
            while (m.find()) {
                if (!m.group(1).startsWith("issue") && !m.group(1).startsWith("§")) {
                    oudeSleutels.add(m.group(1));
                }
            }
        }
        assertTrue(oudeSleutels.size() >= 10, () -> "alias table not found: " + oudeSleutels);
        for (String oud : oudeSleutels) {
            assertTrue(klein.fouten(oud + ", D4.4").stream().anyMatch(f -> f.startsWith("old key")), oud);
        }
    }

    @Test
    void aKeyThatIsNotOnTheSourcesPageOrNoSourceAtAllIsRejected() {
        assertEquals(List.of("key D9.9 is not in docs/sources.md"), klein.fouten("D9.9 (art. 3)"));
        assertEquals(List.of("cites no key of docs/sources.md, public URL or article"),
                klein.fouten("[D] derived, VNG 3"));
        assertEquals(List.of(), klein.fouten("[D] derived (thesis §4.2.2), D4.4"));
    }

    @Test
    void theRepositorysSourcesPageHasTheFamiliesAndTheirSections() {
        assertEquals(List.of(), uitRepository.fouten("D2.6 P1; H2.4; A3 R-14; L4.10; D10 S15; H10 item 11"));
    }
}
