package nl.trede.intake.api;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.trede.platform.audit.Actie;

/**
 * Records the annotated endpoint in the audit log for the klant of the melding its first UUID parameter identifies
 * (resource type {@code melding}): on success after the method, inside its transaction; a row-level 403 as
 * {@code geweigerd}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface MeldingVerwerking {

    @Nonbinding
    IntakeActiviteit activiteit() default IntakeActiviteit.MELDING_BEHANDELEN;

    @Nonbinding
    Actie actie() default Actie.WIJZIGEN;
}
