package nl.trede.enforcement.api;

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
 * The shipped rule sets the API returns (regelsets, categories, recidive and sanction steps) cite only what a reader
 * can open: a key of docs/sources.md, a public URL or a law article, and none of the old working-note keys
 * (docs/sources.md "Old keys (alias table)"; rewritten by migration V11).
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class BronCitatenTest {

    /** The rule sets the migrations ship; tests register others with made-up sources. */
    private static final String GELEVERD = " WHERE code IN ('pw-art-18-lid-4', 'deventer-maatregelen')"
            + " AND (geregistreerd_door IS NULL OR geregistreerd_door = 'flyway')";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theShippedReferenceDataCitesOnlySourcesAReaderCanOpen() throws SQLException {
        assertEquals(List.of(), BronCitaten.uitRepository().controleer(dataSource,
                "regelset", "SELECT bron FROM regelset" + GELEVERD,
                "gedraging_categorie", "SELECT bron FROM gedraging_categorie WHERE regelset_id IN "
                        + "(SELECT id FROM regelset" + GELEVERD + ")",
                "recidivestap", "SELECT bron FROM recidivestap WHERE regelset_id IN (SELECT id FROM regelset" + GELEVERD
                        + ")",
                "sanctiestap", "SELECT s.bron FROM sanctiestap s JOIN gedraging_categorie c ON c.id = s.categorie_id "
                        + "WHERE c.regelset_id IN (SELECT id FROM regelset" + GELEVERD + ")"));
    }
}
