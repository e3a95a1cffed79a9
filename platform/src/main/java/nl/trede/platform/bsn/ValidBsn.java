package nl.trede.platform.bsn;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Bean Validation constraint: the string is a valid BSN (see {@link Bsn}). Null is valid: add @NotNull. */
@Documented
@Constraint(validatedBy = ValidBsnValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidBsn {
    String message() default "must be a valid BSN: 9 digits that pass the 11-proef";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
