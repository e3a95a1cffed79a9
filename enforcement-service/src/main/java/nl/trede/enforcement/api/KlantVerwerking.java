package nl.trede.enforcement.api;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.trede.platform.audit.Actie;

/**
 * Records the annotated endpoint in the audit log for the klant of the gedraging or handhavingsonderzoek its first
 * UUID parameter identifies: on success after the method (inside its transaction), a row-level 403 as
 * {@code geweigerd}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface KlantVerwerking {

    @Nonbinding
    EnforcementActiviteit activiteit() default EnforcementActiviteit.HANDHAVING;

    @Nonbinding
    Actie actie() default Actie.LEZEN;

    @Nonbinding
    Bron bron() default Bron.GEDRAGING;

    enum Bron {
        GEDRAGING("gedraging"), HANDHAVINGSONDERZOEK("handhavingsonderzoek");

        final String resource;

        Bron(String resource) {
            this.resource = resource;
        }
    }
}
