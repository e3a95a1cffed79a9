package nl.trede.platform.inbox;

/** The event can never be processed (malformed, refers to nothing): send it to the DLQ, do not retry. */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String reason) {
        super(reason);
    }

    public PoisonEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
