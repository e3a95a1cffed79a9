package nl.trede.platform.bsn;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class ValidBsnValidator implements ConstraintValidator<ValidBsn, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || Bsn.isValid(value);
    }
}
