package nl.trede.intake.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import nl.trede.platform.testsupport.BronCitaten;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import org.junit.jupiter.api.Test;

/**
 * The shipped klantgroepen the API returns cite only what a reader can open: a key of docs/sources.md, a public URL
 * or a law article, and none of the old working-note keys (docs/sources.md "Old keys (alias table)"; rewritten by
 * migration V11).
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class BronCitatenTest {

    /** The groups the migrations ship, as long as no beheerder changed them (tests do, with made-up sources). */
    private static final String GELEVERD = " WHERE code IN ('matchen', 'groeien', 'faciliteren', 'zorg', 'werkbedrijf',"
            + " 'activering') AND gewijzigd_door IS NULL";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theShippedReferenceDataCitesOnlySourcesAReaderCanOpen() throws SQLException {
        assertEquals(List.of(), BronCitaten.uitRepository().controleer(dataSource,
                "klantgroep", "SELECT bron FROM klantgroep" + GELEVERD));
    }
}
