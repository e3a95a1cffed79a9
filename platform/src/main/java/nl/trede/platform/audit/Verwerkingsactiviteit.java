package nl.trede.platform.audit;

/**
 * One entry of the register of verwerkingsactiviteiten (AVG art. 30): each service keeps its own register as a
 * small enum implementing this. The record carries {@code <trede.audit.activity-base-uri><code>} as the LDV
 * {@code dpl.core.processing_activity_id} and the grondslag as text.
 */
public interface Verwerkingsactiviteit {

    /** Stable path segment(s) under the base URI, e.g. {@code intake/melding-registreren}. */
    String code();

    /** The legal basis (grondslag), e.g. {@code Participatiewet art. 41, 43}. */
    String grondslag();
}
