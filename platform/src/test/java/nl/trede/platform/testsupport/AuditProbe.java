package nl.trede.platform.testsupport;

import static io.restassured.RestAssured.given;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.trede.platform.security.Roles;

/** Reads a service's audit log as a privacy officer, and makes W3C traceparents to find one request's records. */
public final class AuditProbe {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AuditProbe() {
    }

    /** A fresh valid {@code traceparent}; its trace id is {@link #traceId}. */
    public static String traceparent() {
        return "00-" + hex(16) + "-" + hex(8) + "-01";
    }

    public static String traceId(String traceparent) {
        return traceparent.split("-")[1];
    }

    public static String parentSpanId(String traceparent) {
        return traceparent.split("-")[2];
    }

    /** Every audit record of the klant in the service (all pages), newest first. */
    public static List<Map<String, Object>> records(String service, UUID klantId) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            var response = given().header("Authorization", TestTokens.bearer(Roles.PRIVACY_OFFICER))
                    .queryParam("klantId", klantId.toString()).queryParam("page", page).queryParam("pageSize", 100)
                    .get("/api/" + service + "/v1/audit")
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = response.getList("verwerkingen");
            all.addAll(items);
            if (items.size() < 100) {
                return all;
            }
        }
    }

    /** The klant's records made in one trace (one request of the test). */
    public static List<Map<String, Object>> inTrace(String service, UUID klantId, String traceparent) {
        String traceId = traceId(traceparent);
        return records(service, klantId).stream().filter(r -> traceId.equals(r.get("traceId"))).toList();
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
