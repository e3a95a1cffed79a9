package nl.trede.casework.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import nl.trede.casework.domain.ZaakService;
import nl.trede.platform.security.Roles;
import nl.trede.platform.testsupport.JwtKeysTestResource;
import nl.trede.platform.testsupport.StatementBudget;
import nl.trede.platform.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The SQL statements and transactions of casework's benchmark reads stay within the budgets of
 * {@code src/test/resources/statement-budgets.properties} (platform README "Statement budgets").
 */
@QuarkusTest
@WithTestResource(JwtKeysTestResource.class)
class StatementBudgetTest {

    private static final String ZAKEN = ZaakService.PATH;

    private final StatementBudget budget = StatementBudget.load();

    @Inject
    ZaakService service;

    private String nieuweZaak(UUID klantId) {
        return QuarkusTransaction.requiringNew().call(() -> service.openFromMelding(klantId, UUID.randomUUID(),
                "aanvraag-levensonderhoud", "matchen", new ZaakService.Persoonsgegevens("T. Budget",
                        LocalDate.of(1990, 1, 1)))).id.toString();
    }

    private static io.restassured.specification.RequestSpecification klantmanager() {
        return given().header("Authorization", "Bearer " + TestTokens.token(Roles.KLANTMANAGER, "km-a", "team-werk"));
    }

    @Test
    void zaakReadStaysWithinItsBudget() {
        String id = nieuweZaak(UUID.randomUUID());
        klantmanager().get(ZAKEN + "/" + id).then().statusCode(200); // warm-up: first request of the JVM
        budget.assertWithin("zaak.get", () -> klantmanager().get(ZAKEN + "/" + id).then().statusCode(200));
    }

    @Test
    void zakenListStaysWithinItsBudget() {
        UUID klant = UUID.randomUUID();
        nieuweZaak(klant);
        budget.assertWithin("zaak.list", () -> klantmanager().queryParam("klantId", klant.toString()).get(ZAKEN)
                .then().statusCode(200).body("totalItems", is(1)));
    }
}
