package nl.trede.platform.audit;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reads {@code X-Request-ID} (as the gateway sends it; an id {@link RequestIds} refuses is ignored) into
 * {@link RequestTrace} for the audit records, and into the log MDC as {@code requestId}. The W3C trace is
 * OpenTelemetry's: it continues the caller's {@code traceparent} and puts {@code traceId} in the MDC (the log formats
 * print {@code %X{requestId} %X{traceId}}).
 */
public class TraceFilter {

    public static final String REQUEST_ID = "X-Request-ID";
    public static final String MDC_TRACE_ID = "traceId";
    public static final String MDC_REQUEST_ID = "requestId";

    private final RequestTrace requestTrace;

    public TraceFilter(RequestTrace requestTrace) {
        this.requestTrace = requestTrace;
    }

    @ServerRequestFilter(preMatching = true)
    public void trace(ContainerRequestContext request) {
        String given = request.getHeaderString(REQUEST_ID);
        String requestId = RequestIds.acceptable(given) ? given : null;
        requestTrace.requestId(requestId);
        if (requestId != null) {
            MDC.put(MDC_REQUEST_ID, requestId);
        } else {
            MDC.remove(MDC_REQUEST_ID);
        }
    }
}
