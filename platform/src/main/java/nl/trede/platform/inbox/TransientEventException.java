package nl.trede.platform.inbox;

/** A dependency is temporarily unavailable: retry the event (without limit) after a back-off. */
public class TransientEventException extends RuntimeException {
    public TransientEventException(String reason) {
        super(reason);
    }

    public TransientEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
