package nl.trede.ladder.api;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.trede.platform.audit.Actie;

/**
 * Records the annotated endpoint in the audit log for the klant its id leads to ({@link #bron}: the meting in its
 * first UUID parameter, or the klant of its {@code {klantId}} itself): on success after the method, inside its
 * transaction if it has one; a row-level 403 as {@code geweigerd}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface KlantVerwerking {

    @Nonbinding
    LadderActiviteit activiteit() default LadderActiviteit.METING;

    @Nonbinding
    Actie actie() default Actie.LEZEN;

    @Nonbinding
    Bron bron() default Bron.METING;

    /** The resource type in the record; the record's id is the meting's id or the klant's. */
    @Nonbinding
    String resource() default "meting";

    enum Bron {
        /** The first UUID parameter is a meting. */
        METING,
        /** The {@code {klantId}} path parameter (a string, a 400 when it is not a UUID) is the klant itself. */
        KLANT
    }
}
