package nl.trede.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.trede.platform.api.AllowedMethods;
import nl.trede.platform.json.StrictInputException;
import nl.trede.platform.json.TextPolicy;
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

    /**
     * Jackson's "definition" errors while reading a body (e.g. a creator property bound twice) are caused by the
     * request: 400. Quarkus' own mapper for this type answers an empty 500. While writing an answer it is a bug: 500.
     */
    @ServerExceptionMapper(priority = 1)
    public Response invalidDefinition(InvalidDefinitionException e, UriInfo uri) {
        if (e.getProcessor() instanceof JsonParser) {
            return jsonProblem(e, uri);
        }
        return unexpected(e, uri);
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
        if (e.getCause() instanceof ProblemException problem) {
            // e.g. a query parameter the platform's converters refused (Quarkus REST passes only a
            // WebApplicationException from a converter through unchanged).
            return problem(problem, uri);
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
        boolean allow = false;
        if (original != null) {
            // Keep protocol headers the client needs, e.g. Allow on 405 (ADR /core/http-methods).
            for (String header : List.of("Allow", "WWW-Authenticate", "Retry-After")) {
                Object value = original.getHeaders().getFirst(header);
                if (value != null) {
                    builder.header(header, value);
                    allow |= header.equals("Allow");
                }
            }
        }
        if (status == 405 && !allow) {
            // Quarkus REST refuses a method without Allow; RFC 9110 §15.5.6 requires it.
            Set<String> methods = AllowedMethods.forPath(path(uri));
            if (!methods.isEmpty()) {
                builder.header("Allow", String.join(", ", methods));
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
            LOG.warnf("Database unavailable on %s: %s", TextPolicy.forLog(path(uri)), LogSafe.describe(e));
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "2")
                    .entity(new Problem(Problem.typeFor("database-unavailable"), "Service Unavailable", 503,
                            "The database is temporarily unavailable; nothing was changed. Retry shortly.",
                            path(uri), "database-unavailable", null, null)).build();
        }
        if (isUnstorableCharacter(e)) {
            // Safety net behind the strict input policy: PostgreSQL refuses a character (NUL, SQLState 22021) that
            // slipped through. The request's fault, and nothing was written.
            return invalidInput(List.of(new InvalidParam("body", TextPolicy.REASON)), uri);
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf("Unexpected error on %s, reference %s: %s", TextPolicy.forLog(path(uri)), reference,
                LogSafe.describe(e));
        return respond(new Problem(Problem.typeFor("internal-error"), "Internal Server Error", 500,
                "An unexpected error occurred. Reference: " + reference + ".", path(uri), "internal-error", null, null));
    }

    private Response jsonProblem(JsonProcessingException e, UriInfo uri) {
        InvalidParam param = invalidParam(e);
        if (param != null) {
            return invalidInput(List.of(param), uri);
        }
        return respond(new Problem(Problem.typeFor("malformed-json"), "Bad Request", 400,
                "The request body is not valid JSON.", path(uri), "malformed-json",
                List.of(new InvalidParam("body", "is not valid JSON")), null));
    }

    /**
     * The field a JSON binding failure names and the rule it broke; null for a body that is not JSON at all. Never
     * echoes the value.
     */
    static InvalidParam invalidParam(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamReadException read && read.getOriginalMessage() != null
                    && read.getOriginalMessage().startsWith("Duplicate field")) {
                return new InvalidParam(duplicateName(read, e), "appears more than once in its object");
            }
        }
        if (e instanceof MismatchedInputException && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Trailing token")) {
            return new InvalidParam("body", "has data after the JSON document");
        }
        if (e instanceof JsonMappingException mapping) {
            boolean located = !mapping.getPath().isEmpty();
            String field = located ? jsonPath(mapping) : "body";
            if (e instanceof StrictInputException strict) {
                return new InvalidParam(field, strict.reason());
            }
            if (!located && !(e instanceof MismatchedInputException)) {
                return null;
            }
            if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
                return new InvalidParam(field, "has the wrong format or type (expected "
                        + describeType(format.getTargetType()) + ")");
            }
            if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null
                    && describable(mismatched.getTargetType())) {
                return new InvalidParam(field, "has the wrong type (expected "
                        + describeType(mismatched.getTargetType()) + ")");
            }
            return located ? new InvalidParam(field, "has the wrong type or structure") : null;
        }
        return null;
    }

    private static boolean describable(Class<?> type) {
        return type.isEnum() || type.isPrimitive() || type == String.class || type == java.time.LocalDate.class
                || type == UUID.class || Number.class.isAssignableFrom(type) || type == Boolean.class;
    }

    /** The path of a duplicated key: the parser's context at the duplicate, else the binding path. */
    private static String duplicateName(StreamReadException read, JsonProcessingException outer) {
        JsonParser parser = read.getProcessor();
        if (parser != null && parser.getParsingContext() != null) {
            String name = contextPath(parser.getParsingContext());
            if (!name.isEmpty()) {
                return name;
            }
        }
        if (outer instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return jsonPath(mapping);
        }
        return "body";
    }

    static String contextPath(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst(TextPolicy.forLog(c.getCurrentName()));
            } else if (c.inArray()) {
                parts.addFirst("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            }
        }
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            if (name.length() > 0 && !part.startsWith("[")) {
                name.append('.');
            }
            name.append(part);
        }
        return name.toString();
    }

    /** PostgreSQL's "character not in repertoire" (SQLState 22021), e.g. a NUL, anywhere in the cause chain. */
    static boolean isUnstorableCharacter(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && "22021".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
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
        if (type == String.class) {
            return "a string";
        }
        if (type == int.class || type == long.class || type == short.class || type == Integer.class
                || type == Long.class || type == Short.class || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (type == double.class || type == float.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
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
                name.append(TextPolicy.forLog(ref.getFieldName()));
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
