package nl.trede.ladder.api;

import static nl.trede.ladder.api.MetingResourceTest.METINGEN;
import static nl.trede.ladder.api.MetingResourceTest.klantmanager;
import static nl.trede.ladder.api.MetingResourceTest.meting;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.StatementBudget;
import nl.trede.platform.testsupport.TestDag;
import nl.trede.platform.testsupport.TestZaken;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The SQL statements and transactions of the ladder's benchmark write path (record meting: a klantmanager records
 * a Heemskerk meting for a klant of their team, as {@code POST /api/ladder/v1/metingen} in the benchmark) stay within
 * the budgets of {@code src/test/resources/statement-budgets.properties} (platform README "Statement budgets").
 */
@Tag(TestDag.DATUM)
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class StatementBudgetTest {

    private final StatementBudget budget = StatementBudget.load();

    private static void record(UUID klant) {
        klantmanager().body(meting(klant, "heemskerk", 2, List.of("2.2"), TestDag.vandaag().toString()))
                .post(METINGEN).then().statusCode(201);
    }

    @Test
    void metingStaysWithinItsBudget() {
        UUID klant = TestZaken.klant();
        record(klant); // warm-up, and the klant's first meting: the benchmark records many per klant
        budget.assertWithin("meting.create", () -> record(klant));
    }
}
