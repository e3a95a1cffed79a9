package nl.trede.platform.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * RestAssured requests as a user of one role, with a bearer token from {@link TestTokens} and a JSON body type. Use
 * with {@code import static nl.trede.platform.testsupport.TestRequests.as;}.
 */
public final class TestRequests {

    private TestRequests() {
    }

    /** A request as the user {@code test-<role>} (a klantmanager or teamleider in {@link TestZaken#TEAM}). */
    public static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role)).contentType(ContentType.JSON);
    }

    /** A request as {@code user} with {@code role}, in {@code teams} (none given: as {@link TestTokens#token}). */
    public static RequestSpecification as(String role, String user, String... teams) {
        return given().header("Authorization", "Bearer " + TestTokens.token(role, user, teams))
                .contentType(ContentType.JSON);
    }
}
