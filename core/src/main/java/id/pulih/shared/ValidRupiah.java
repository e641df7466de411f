package id.pulih.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import id.pulih.internal.util.ValueChecks;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text or number must be a rupiah amount that {@link Rupiah} accepts: text as {@link Rupiah#parse}
 * reads it ({@code Rp 326.400.000}), a number as a whole, non-negative amount ({@link Rupiah#of}). A refusal
 * reports the factory's code ({@code rupiah.format}, {@code rupiah.negative}, ...), read with
 * {@code FormViolation.of(violation).code()}. {@code null} is valid; add {@code @NotNull} to require a value.
 *
 * <pre>{@code
 * record GrantForm(@ValidRupiah String amount, @ValidRupiah Long perPerson) {}
 * }</pre>
 */
@Documented
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = {ValueChecks.RupiahText.class, ValueChecks.RupiahAmount.class})
public @interface ValidRupiah {
    /**
     * The message used when no factory detail is available.
     *
     * @return the message
     */
    String message() default "invalid rupiah amount";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
