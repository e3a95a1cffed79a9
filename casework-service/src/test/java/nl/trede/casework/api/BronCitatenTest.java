package nl.trede.casework.api;

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
 * The voorzieningen catalogue the API returns cites only what a reader can open: a key of docs/sources.md, a public
 * URL or a law article, and none of the old working-note keys (docs/sources.md "Old keys (alias table)"; rewritten by
 * migration V15).
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class BronCitatenTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theShippedReferenceDataCitesOnlySourcesAReaderCanOpen() throws SQLException {
        assertEquals(List.of(), BronCitaten.uitRepository().controleer(dataSource,
                "voorziening", "SELECT bron FROM voorziening"));
    }
}
