package nl.trede.platform.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.trede.platform.problem.Problem;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes every service's OpenAPI document follow the NL API Design Rules as its runtime already does, for every
 * endpoint present and future (api-lint/trede.yaml checks the result; registered for every service by
 * {@link OpenApiFilter}, at build time for the stored document and at startup for the served one, so it is
 * idempotent):
 * <ul>
 *   <li>/core/uri-version: when every path is under one {@code /api/<service>/v<major>} base, that base becomes
 *       the document's server ({@code servers: [{url: "/api/intake/v1"}]}) and the paths are relative to it
 *       ({@code /meldingen}); "Try it out" calls the same URLs as before.</li>
 *   <li>/core/version-header: every response declares the {@code API-Version} header
 *       ({@link ApiHeadersFilter} sends it on every response).</li>
 *   <li>/core/error-handling: every 4xx/5xx response is {@code application/problem+json} with the shared
 *       {@code Problem} schema ({@link Problem}); POST, PUT and PATCH, and GET and DELETE with parameters, declare
 *       their 400 (invalid input, with {@code invalidParams}); operations with a request body declare 415 (a body
 *       not sent as {@code application/json}, {@link StrictRequestFilter}); operations with a security requirement
 *       declare 401 and 403.</li>
 *   <li>/core/semver and /core/version-header: {@code info.version} is {@code trede.api.version}, the value of the
 *       {@code API-Version} header.</li>
 * </ul>
 */
@OpenApiFilter(stages = {OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_STARTUP})
public class AdrOpenApiFilter implements OASFilter {

    public static final String VERSION_HEADER = "API-Version";
    public static final String PROBLEM_SCHEMA = "Problem";
    static final String INVALID_PARAM_SCHEMA = "InvalidParam";
    private static final Pattern BASE = Pattern.compile("^(/api/[a-z0-9-]+/v[0-9]+)(/.*)?$");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        Optional<String> version = ConfigProvider.getConfig().getOptionalValue("trede.api.version", String.class);
        components.addHeader(VERSION_HEADER, OASFactory.createHeader()
                .description("The full semantic version of the API (NL API Design Rules /core/version-header), also "
                        + "on error responses")
                .required(true)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .addExample(version.orElse("1.0.0"))));
        components.addSchema(INVALID_PARAM_SCHEMA, invalidParamSchema());
        components.addSchema(PROBLEM_SCHEMA, problemSchema());
        version.ifPresent(v -> {
            if (openAPI.getInfo() != null) {
                openAPI.getInfo().setVersion(v);
            }
        });

        boolean globalSecurity = openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        Paths paths = openAPI.getPaths();
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        for (PathItem item : paths.getPathItems().values()) {
            List<Parameter> shared = item.getParameters() == null ? List.of() : item.getParameters();
            if (item.getOperations() == null) {
                continue;
            }
            item.getOperations().forEach((method, operation) -> document(method, operation, !shared.isEmpty(),
                    globalSecurity || (operation.getSecurity() != null && !operation.getSecurity().isEmpty())));
        }
        relativeToBase(openAPI, paths);
    }

    /** The common {@code /api/<service>/v<major>} base of every path, if there is one. */
    static Optional<String> base(Iterable<String> paths) {
        String base = null;
        for (String path : paths) {
            Matcher m = BASE.matcher(path);
            if (!m.matches() || (base != null && !base.equals(m.group(1)))) {
                return Optional.empty();
            }
            base = m.group(1);
        }
        return Optional.ofNullable(base);
    }

    private static void relativeToBase(OpenAPI openAPI, Paths paths) {
        Optional<String> base = base(paths.getPathItems().keySet());
        if (base.isEmpty()) {
            return; // no paths, mixed bases, or already relative (the second run of this filter)
        }
        Map<String, PathItem> relative = new LinkedHashMap<>();
        paths.getPathItems().forEach((path, item) -> {
            String rest = path.substring(base.get().length());
            relative.put(rest.isEmpty() ? "/" : rest, item);
        });
        paths.setPathItems(relative);
        openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer().url(base.get())
                .description("The API's base path: every path below is relative to it (through the gateway, or "
                        + "the service itself)"))));
    }

    private static void document(PathItem.HttpMethod method, Operation operation, boolean pathParameters,
                                 boolean secured) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean parameters = pathParameters || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean mayBeInvalid = switch (method) {
            case POST, PUT, PATCH -> true;
            case GET, DELETE -> parameters;
            default -> false;
        };
        if (mayBeInvalid && !responses.hasAPIResponse("400")) {
            responses.addAPIResponse("400", OASFactory.createAPIResponse()
                    .description("Invalid input: invalidParams names every invalid field with the reason"));
        }
        if (operation.getRequestBody() != null && !responses.hasAPIResponse("415")) {
            // The strict input policy (StrictRequestFilter): a body must come as application/json.
            responses.addAPIResponse("415", OASFactory.createAPIResponse()
                    .description("The request body is not sent with Content-Type: application/json (or without "
                            + "Content-Type)"));
        }
        Optional<Parameter> ifMatch = operation.getParameters() == null ? Optional.empty()
                : operation.getParameters().stream().filter(p -> p.getIn() == Parameter.In.HEADER
                        && "If-Match".equalsIgnoreCase(p.getName())).findFirst();
        if (ifMatch.isPresent() && !responses.hasAPIResponse("412")) {
            // Optimistic concurrency (IfMatch): a stale or weak ETag never matches (RFC 9110 §13.1.1).
            responses.addAPIResponse("412", OASFactory.createAPIResponse()
                    .description("If-Match names an older version (or a weak ETag): the record changed meanwhile; "
                            + "read it again"));
        }
        if (ifMatch.isPresent() && Boolean.TRUE.equals(ifMatch.get().getRequired())
                && !responses.hasAPIResponse("428")) {
            // IfMatch.vereist: a change must name the version it was decided on (RFC 6585 §3).
            responses.addAPIResponse("428", OASFactory.createAPIResponse()
                    .description("No If-Match: a change must name the version it was decided on"));
        }
        if (secured && !responses.hasAPIResponse("401")) {
            responses.addAPIResponse("401", OASFactory.createAPIResponse().description("No valid bearer token"));
        }
        if (secured && !responses.hasAPIResponse("403")) {
            responses.addAPIResponse("403", OASFactory.createAPIResponse()
                    .description("The token's roles do not allow this"));
        }
        if (responses.getAPIResponses() == null) {
            return;
        }
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            APIResponse response = entry.getValue();
            if (response.getRef() != null) {
                continue;
            }
            if (response.getHeaders() == null || !response.getHeaders().containsKey(VERSION_HEADER)) {
                response.addHeader(VERSION_HEADER, OASFactory.createHeader().ref(VERSION_HEADER));
            }
            if (entry.getKey().startsWith("4") || entry.getKey().startsWith("5")) {
                problemContent(response);
            }
        }
    }

    /** An error response's body is the platform's problem+json, whatever the annotations said. */
    private static void problemContent(APIResponse response) {
        Content content = OASFactory.createContent();
        MediaType declared = response.getContent() == null || response.getContent().getMediaTypes() == null ? null
                : response.getContent().getMediaTypes().get(Problem.MEDIA_TYPE);
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        if (declared != null) {
            problem.setExamples(declared.getExamples());
            problem.setExample(declared.getExample());
        }
        content.addMediaType(Problem.MEDIA_TYPE, problem);
        response.setContent(content);
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

    static Schema invalidParamSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One invalid input field")
                .addProperty("name", string("The JSON property path (or parameter name) of the field"))
                .addProperty("reason", string("The rule the value broke (a BSN is never echoed)"))
                .required(List.of("name", "reason"));
    }

    static Schema problemSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details (application/problem+json), NL API Design Rules "
                        + "/core/error-handling")
                .addProperty("type", string("A URN naming the problem type (urn:trede:problem:<code>)"))
                .addProperty("title", string("Short summary of the problem type"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .description("The HTTP status code"))
                .addProperty("detail", string("What went wrong in this request"))
                .addProperty("instance", string("The request the problem occurred in"))
                .addProperty("code", string("A stable machine-readable code"))
                .addProperty("invalidParams", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("Every invalid field of a 400, with the reason")
                        .items(OASFactory.createSchema().ref(INVALID_PARAM_SCHEMA)))
                .addProperty("existing", string("For a conflict: the URL of the resource the request collided with"))
                .required(List.of("title", "status", "detail"));
    }
}
