package nl.trede.platform.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * The current request's trace (from {@code traceparent}, or a new one) and {@code X-Request-ID}, set by
 * {@link TraceFilter}. Outside an HTTP request (an event handler) it is never set and a new trace is used.
 */
@RequestScoped
public class RequestTrace {

    private TraceContext trace;
    private String requestId;

    public TraceContext trace() {
        if (trace == null) {
            trace = TraceContext.from(null);
        }
        return trace;
    }

    public String requestId() {
        return requestId;
    }

    void set(TraceContext trace, String requestId) {
        this.trace = trace;
        this.requestId = requestId;
    }
}
