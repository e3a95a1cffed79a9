package nl.trede.platform.toegang;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts every operation of the annotated resource class (present and future) under the per-record check
 * ({@link KlantToegangInterceptor}): the klant of the record its {@code {id}} path parameter names ({@link #value}:
 * the kind of record, resolved by the service's {@link KlantRecordBron}), the klant of a {@code {klantId}} path
 * parameter, and the klant a request body names in its {@code klantId}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface KlantRecords {

    /** What {@code {id}} identifies, e.g. {@code gedraging}; empty when the class has no {@code {id}}. */
    @Nonbinding
    String value() default "";
}
