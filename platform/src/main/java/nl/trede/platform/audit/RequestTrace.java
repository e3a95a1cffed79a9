package nl.trede.platform.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * The current request's trace, read from OpenTelemetry's current span, and its {@code X-Request-ID} (set by
 * {@link TraceFilter}). In an event handler the trace is the consumer's span, which continues the trace of the
 * request that wrote the event.
 */
@RequestScoped
public class RequestTrace {

    private String requestId;

    public TraceContext trace() {
        return TraceContext.current();
    }

    public String requestId() {
        return requestId;
    }

    void requestId(String requestId) {
        this.requestId = requestId;
    }
}
