package nl.trede.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every error a Trede API can produce onto an RFC 9457 {@code application/problem+json} response
 * (ADR /core/error-handling/*): invalid input is always 400 and lists all invalid fields, no stack trace or
 * framework detail ever reaches the client, and unexpected errors are logged without personal data.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper(priority = 1)
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(new Problem(Problem.typeFor(e.code()), e.title(), e.status(), e.getMessage(),
                path(uri), e.code(), e.invalidParams().isEmpty() ? null : e.invalidParams(), e.existing()));
    }

    @ServerExceptionMapper(priority = 1)
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> lastKind(v.getPropertyPath()) == ElementKind.RETURN_VALUE);
        if (returnValue) {
            return unexpected(e, uri);
        }
        List<InvalidParam> params = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            params.add(new InvalidParam(fieldName(v.getPropertyPath()), v.getMessage()));
        }
        params.sort(Comparator.comparing(InvalidParam::name).thenComparing(InvalidParam::reason));
        return invalidInput(params, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response jsonParse(JsonParseException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response jsonProcessing(JsonProcessingException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(io.quarkus.security.UnauthorizedException e, UriInfo uri) {
        return unauthorizedResponse(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(io.quarkus.security.AuthenticationFailedException e, UriInfo uri) {
        return unauthorizedResponse(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return respond(new Problem(Problem.typeFor("forbidden"), "Forbidden", 403, detailFor(403), path(uri),
                "forbidden", null, null));
    }

    private Response unauthorizedResponse(UriInfo uri) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .entity(new Problem(Problem.typeFor("unauthorized"), "Unauthorized", 401, detailFor(401), path(uri),
                        "unauthorized", null, null)).build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return jsonProblem(json, uri);
        }
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "HTTP " + status : statusType.getReasonPhrase();
        String code = title.toLowerCase().replace(' ', '-');
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE).entity(
                new Problem(Problem.typeFor(code), title, status, detailFor(status), path(uri), code, null, null));
        if (original != null) {
            // Keep protocol headers the client needs, e.g. Allow on 405 (ADR /core/http-methods).
            for (String header : List.of("Allow", "WWW-Authenticate", "Retry-After")) {
                Object value = original.getHeaders().getFirst(header);
                if (value != null) {
                    builder.header(header, value);
                }
            }
        }
        return builder.build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (e instanceof WebApplicationException wae) {
            Response original = wae.getResponse();
            if (original != null && original.getStatus() < 500) {
                return webApplication(wae, uri);
            }
        }
        if (isConcurrentChange(e)) {
            // Two requests changed the same resource at once and this one lost (a JPA @Version check at flush): a
            // 409 the client can retry after reading the resource again, never a 500.
            return respond(new Problem(Problem.typeFor("concurrent-change"), "Conflict", 409, "The resource was "
                    + "changed by another request at the same time; read it again and retry.", path(uri),
                    "concurrent-change", null, null));
        }
        if (DatabaseUnavailable.in(e)) {
            // PostgreSQL down, restarting or out of connections: not the client's fault and not a bug. Fail fast
            // with 503 + Retry-After (the pool replaces broken connections; no restart of the service is needed).
            LOG.warnf("Database unavailable on %s: %s", path(uri), LogSafe.describe(e));
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "2")
                    .entity(new Problem(Problem.typeFor("database-unavailable"), "Service Unavailable", 503,
                            "The database is temporarily unavailable; nothing was changed. Retry shortly.",
                            path(uri), "database-unavailable", null, null)).build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf("Unexpected error on %s, reference %s: %s", path(uri), reference, LogSafe.describe(e));
        return respond(new Problem(Problem.typeFor("internal-error"), "Internal Server Error", 500,
                "An unexpected error occurred. Reference: " + reference + ".", path(uri), "internal-error", null, null));
    }

    private Response jsonProblem(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping);
            String reason = e instanceof InvalidFormatException format && format.getTargetType() != null
                    ? "has the wrong format or type (expected " + describeType(format.getTargetType()) + ")"
                    : "has the wrong type or structure";
            return invalidInput(List.of(new InvalidParam(field, reason)), uri);
        }
        return respond(new Problem(Problem.typeFor("malformed-json"), "Bad Request", 400,
                "The request body is not valid JSON.", path(uri), "malformed-json", null, null));
    }

    private static String describeType(Class<?> type) {
        if (type.isEnum()) {
            return "one of: " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c instanceof nl.trede.platform.api.Coded coded ? coded.code() : c.toString())
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        if (type == java.time.LocalDate.class) {
            return "a date, yyyy-mm-dd";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        return type.getSimpleName().toLowerCase();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder name = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                name.append('[').append(ref.getIndex()).append(']');
            }
        }
        return name.length() == 0 ? "body" : name.toString();
    }

    private Response invalidInput(List<InvalidParam> params, UriInfo uri) {
        return respond(new Problem(Problem.typeFor("invalid-input"), "Invalid input", 400,
                "The request has invalid fields.", path(uri), "invalid-input", params, null));
    }

    /**
     * A method-parameter path looks like {@code create.body.bsn}: drop the method and parameter nodes so the
     * client sees the JSON property path ({@code bsn}); a violation on the parameter itself is {@code body}
     * for a request body and the parameter name otherwise (query/path parameters).
     */
    static String fieldName(Path path) {
        List<String> names = new ArrayList<>();
        String parameterName = null;
        Iterator<Path.Node> it = path.iterator();
        while (it.hasNext()) {
            Path.Node node = it.next();
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                case PARAMETER -> parameterName = node.getName();
                default -> {
                    String name = node.getName();
                    if (node.getIndex() != null) {
                        names.add((name == null ? "" : name) + "[" + node.getIndex() + "]");
                    } else if (name != null) {
                        names.add(name);
                    }
                }
            }
        }
        if (!names.isEmpty()) {
            return String.join(".", names);
        }
        return parameterName == null ? "body" : parameterName;
    }

    private static ElementKind lastKind(Path path) {
        ElementKind kind = null;
        for (Path.Node node : path) {
            kind = node.getKind();
        }
        return kind;
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 401 -> "A valid bearer token is required.";
            case 403 -> "Your role does not allow this operation.";
            case 404 -> "The resource does not exist.";
            case 405 -> "The method is not allowed on this resource.";
            case 406 -> "The requested media type cannot be produced.";
            case 415 -> "The request media type is not supported; send application/json.";
            default -> "The request could not be processed.";
        };
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    /**
     * An optimistic-lock failure anywhere in the cause chain. By class name: the gateway uses these mappers without
     * JPA on its classpath, so the type cannot appear in a signature or an instanceof here.
     */
    static boolean isConcurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (name.equals("jakarta.persistence.OptimisticLockException")
                    || name.equals("org.hibernate.StaleObjectStateException")
                    || name.equals("org.hibernate.StaleStateException")) {
                return true;
            }
        }
        return false;
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
