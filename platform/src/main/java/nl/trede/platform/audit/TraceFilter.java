package nl.trede.platform.audit;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reads W3C {@code traceparent} (a new trace when absent or invalid) and {@code X-Request-ID} (as the gateway sends
 * them; an id {@link RequestIds} refuses is ignored) into {@link RequestTrace} for the audit records, and into the
 * log MDC as {@code traceId} and {@code requestId} (the log formats print {@code %X{requestId} %X{traceId}}).
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
        TraceContext trace = TraceContext.from(request.getHeaderString(TraceContext.TRACEPARENT));
        String given = request.getHeaderString(REQUEST_ID);
        String requestId = RequestIds.acceptable(given) ? given : null;
        requestTrace.set(trace, requestId);
        MDC.put(MDC_TRACE_ID, trace.traceId());
        if (requestId != null) {
            MDC.put(MDC_REQUEST_ID, requestId);
        } else {
            MDC.remove(MDC_REQUEST_ID);
        }
    }
}
