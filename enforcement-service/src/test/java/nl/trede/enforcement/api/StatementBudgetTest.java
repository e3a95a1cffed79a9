package nl.trede.enforcement.api;

import static nl.trede.enforcement.api.GedragingFlowTest.VANDAAG;
import static nl.trede.enforcement.api.GedragingFlowTest.hoorverzoek;
import static nl.trede.enforcement.api.GedragingFlowTest.id;
import static nl.trede.enforcement.api.GedragingFlowTest.registreer;
import static nl.trede.enforcement.api.GedragingFlowTest.stap;
import static nl.trede.enforcement.api.GedragingFlowTest.voorstel;
import static nl.trede.platform.testsupport.TestRequests.as;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.StatementBudget;
import nl.trede.platform.testsupport.TestDag;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The SQL statements and transactions of enforcement's benchmark write path (propose maatregel, the benchmark's
 * {@code POST /gedragingen/{id}/voorstel} with If-Match) stay within the budgets of
 * {@code src/test/resources/statement-budgets.properties} (platform README "Statement budgets").
 */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class StatementBudgetTest {

    private final StatementBudget budget = StatementBudget.load();

    /** A no-show, hoorverzoek sent and heard: ready for the voorstel, as the benchmark prepares it. */
    private static String gehoord() {
        UUID klant = UUID.randomUUID(); // as the benchmark: a handhaver works municipality-wide
        String id = id(registreer(Roles.HANDHAVER, klant, "no-show", VANDAAG.minusDays(20)).statusCode(201));
        stap(id, "hoorverzoek", hoorverzoek()).statusCode(200);
        stap(id, "horen", Map.of("gehoordOp", VANDAAG.minusDays(1).toString())).statusCode(200);
        return id;
    }

    @Test
    void voorstelStaysWithinItsBudget() {
        String warmUp = gehoord(); // the first request of a JVM loads reference data that later requests find cached
        stap(warmUp, "voorstel", voorstel(true, null, null, false, null)).statusCode(200);
        String id = gehoord();
        String etag = GedragingFlowTest.etag(id);
        RequestSpecification request = as(Roles.HANDHAVER).header("If-Match", etag)
                .body(voorstel(true, null, null, false, null));

        budget.assertWithin("gedraging.voorstel", () -> request.post(GedragingFlowTest.PATH + "/" + id + "/voorstel")
                .then().statusCode(200).body("status", is("voorgesteld")));
    }
}
