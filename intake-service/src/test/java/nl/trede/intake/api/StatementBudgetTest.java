package nl.trede.intake.api;

import static nl.trede.intake.api.IntakeFlow.MELDINGEN;
import static nl.trede.intake.api.IntakeFlow.asMedewerker;
import static nl.trede.platform.testsupport.TestRequests.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.atomic.AtomicReference;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.StatementBudget;
import nl.trede.platform.testsupport.TestBsn;
import nl.trede.platform.testsupport.TestDag;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The SQL statements and transactions of intake's benchmark paths stay within the budgets of
 * {@code src/test/resources/statement-budgets.properties}: a change that adds a query fails here and must raise the
 * budget on purpose (README "Statement budgets").
 */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class StatementBudgetTest {

    private final StatementBudget budget = StatementBudget.load();

    private static String create() {
        return asMedewerker().body(MeldingResourceTest.melding(TestBsn.willekeurig())).post(MELDINGEN)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void createStaysWithinItsBudget() {
        create(); // warm-up: the first request of a JVM loads reference data that later requests find cached
        budget.assertWithin("melding.create", StatementBudgetTest::create);
    }

    @Test
    void readStaysWithinItsBudget() {
        String id = create();
        budget.assertWithin("melding.get",
                () -> asMedewerker().get(MELDINGEN + "/" + id).then().statusCode(200));
    }

    @Test
    void doorzettenStaysWithinItsBudget() {
        String id = create();
        IntakeFlow.toKlantgroepBepaald(id);
        AtomicReference<String> status = new AtomicReference<>();
        budget.assertWithin("melding.doorzetten", () -> status.set(as(Roles.INTAKE_MEDEWERKER)
                .post(MELDINGEN + "/" + id + "/doorzetten").then().statusCode(202).extract().path("status")));
    }
}
