package id.pulih.internal.util;

import id.pulih.shared.InvalidValueException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The one bridge between a value factory and its Jakarta constraint: the constraint runs the factory, so a raw
 * form and the factory can never disagree. A refused value becomes a violation whose message is the factory's
 * detail and whose dynamic payload is the factory's machine code (read it with {@link Violations#codeOf}).
 *
 * <p>{@code null} is valid here, as the Jakarta specification asks; combine with {@code @NotNull} to require a
 * value.
 *
 * @param <A> the constraint annotation
 * @param <T> the type of the annotated element
 */
public abstract class ValueConstraintValidator<A extends Annotation, T> implements ConstraintValidator<A, T> {

    /** For subclasses. */
    protected ValueConstraintValidator() {}

    /**
     * Runs the value's factory on the raw value.
     *
     * @param value the raw value, not null
     * @throws InvalidValueException when the factory refuses the value
     */
    protected abstract void check(T value);

    /**
     * Runs the check with the validation context at hand, for a rule that needs it (the clock of a date rule); by
     * default {@link #check(Object)}.
     *
     * @param value the raw value, not null
     * @param context the validation context
     * @throws InvalidValueException when the rule refuses the value
     */
    protected void check(T value, ConstraintValidatorContext context) {
        check(value);
    }

    @Override
    public final boolean isValid(T value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        try {
            check(value, context);
            return true;
        } catch (InvalidValueException refused) {
            HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
            hibernate.disableDefaultConstraintViolation();
            hibernate.withDynamicPayload(refused.code());
            hibernate
                    .buildConstraintViolationWithTemplate(escape(refused.detail()))
                    .addConstraintViolation();
            return false;
        }
    }

    private static String escape(String message) {
        StringBuilder escaped = new StringBuilder(message.length() + 8);
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '{' || c == '}' || c == '$' || c == '\\') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
