package nl.trede.casework.api;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.trede.casework.domain.Bron;
import nl.trede.platform.audit.Actie;

/**
 * Records the annotated endpoint in the audit log for the klant of the zaak its first UUID parameter leads to
 * ({@link #bron}: the zaak itself, or an overdracht, afwijking, traject, ondersteuning or begeleidingsoverleg of it).
 * On success after the method (inside its transaction, if it has one); a row-level 403 as {@code geweigerd}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ZaakVerwerking {

    @Nonbinding
    CaseworkActiviteit activiteit() default CaseworkActiviteit.ZAAKBEHANDELING;

    @Nonbinding
    Actie actie() default Actie.LEZEN;

    /**
     * What the first UUID path parameter identifies. It is also what {@link ZaakInzageFilter} checks before the
     * endpoint runs: the caller must be allowed to see that record (404 otherwise).
     */
    @Nonbinding
    Bron bron() default Bron.ZAAK;

    /** The resource type in the record (the sub-resource read or changed); the record's id is the parameter. */
    @Nonbinding
    String resource() default "zaak";
}
