package nl.trede.ladder.api;

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
 * The shipped ladder models the API returns (models, treden, sub-treden, mappings) cite only what a reader can open: a
 * key of docs/sources.md, a public URL or a law article, and none of the old working-note keys (docs/sources.md "Old
 * keys (alias table)"; rewritten by migration V8).
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class BronCitatenTest {

    /** The models the migrations ship; tests register others with made-up sources. */
    private static final String GELEVERD = "(SELECT id FROM ladder_model WHERE (code, versie) IN "
            + "(('divosa', '2008'), ('heemskerk', '2018')))";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theShippedReferenceDataCitesOnlySourcesAReaderCanOpen() throws SQLException {
        assertEquals(List.of(), BronCitaten.uitRepository().controleer(dataSource,
                "ladder_model", "SELECT bron FROM ladder_model WHERE id IN " + GELEVERD,
                "trede", "SELECT bron FROM trede WHERE model_id IN " + GELEVERD,
                "sub_trede", "SELECT s.bron FROM sub_trede s JOIN trede t ON t.id = s.trede_id WHERE t.model_id IN "
                        + GELEVERD,
                "model_koppeling", "SELECT bron FROM model_koppeling WHERE van_model_id IN " + GELEVERD
                        + " AND naar_model_id IN " + GELEVERD));
    }
}
