package nl.trede.casework.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents {@link ZaakInzageFilter} once for every operation it guards: an operation on one record (a path with a
 * parameter) answers 404 problem+json for a record that does not exist or that the caller may not see. An operation
 * that declares its own 404 keeps it. The response carries the {@code API-Version} header and the {@code Problem}
 * schema like every other error (platform {@code AdrOpenApiFilter}), whichever filter runs first.
 */
@OpenApiFilter(stages = {OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_STARTUP})
public class RecordOpenApiFilter implements OASFilter {

    static final String BESCHRIJVING = "No such record, or one the caller may not see (the same answer)";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.contains("{") || item.getOperations() == null) {
                return;
            }
            for (var operation : item.getOperations().entrySet()) {
                if (operation.getKey() == PathItem.HttpMethod.OPTIONS) {
                    continue;
                }
                APIResponses responses = operation.getValue().getResponses();
                if (responses == null) {
                    responses = OASFactory.createAPIResponses();
                    operation.getValue().setResponses(responses);
                }
                if (!responses.hasAPIResponse("404")) {
                    responses.addAPIResponse("404", OASFactory.createAPIResponse().description(BESCHRIJVING)
                            .content(OASFactory.createContent().addMediaType("application/problem+json",
                                    OASFactory.createMediaType().schema(OASFactory.createSchema()
                                            .ref("Problem"))))
                            .addHeader("API-Version", OASFactory.createHeader().ref("API-Version")));
                }
            }
        });
    }
}
