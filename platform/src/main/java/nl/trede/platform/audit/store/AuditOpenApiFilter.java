package nl.trede.platform.audit.store;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * The service's own words in the operation of {@link AuditResource}, which every service inherits: its operationId
 * ({@code list<Service>Verwerkingen}, unique across the services behind the gateway) and its description ("… the
 * klant's data in casework"). The service is the {@code <service>} of the operation's path
 * {@code /api/<service>/v<major>/audit}. Runs before {@code AdrOpenApiFilter} makes the paths relative; idempotent.
 */
@OpenApiFilter(stages = {OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_STARTUP}, priority = 10)
public class AuditOpenApiFilter implements OASFilter {

    /** The description in {@link AuditResource}; {@code {service}} is replaced by the service's name. */
    static final String DESCRIPTION = "Every read and change of the klant's data in {service}. This query is itself "
            + "recorded.";
    static final String OPERATION_ID = "listVerwerkingen";
    private static final Pattern AUDIT = Pattern.compile("^/api/([a-z0-9-]+)/v[0-9]+/audit$");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        String server = openAPI.getServers() == null || openAPI.getServers().isEmpty() ? ""
                : openAPI.getServers().get(0).getUrl();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            // The path is absolute, or relative to the server once AdrOpenApiFilter has run.
            Matcher m = AUDIT.matcher(path.startsWith("/api/") ? path : server + path);
            Operation get = item.getGET();
            if (m.matches() && get != null && OPERATION_ID.equals(get.getOperationId())) {
                eigen(get, m.group(1));
            }
        });
    }

    static void eigen(Operation operation, String service) {
        operation.setOperationId("list" + Character.toUpperCase(service.charAt(0)) + service.substring(1)
                + "Verwerkingen");
        operation.setDescription(DESCRIPTION.replace("{service}", service));
    }
}
