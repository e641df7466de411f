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
 * The annotated text must be a name that {@link PersonName#of} accepts. A refusal reports the factory's code ({@code
 * name.digit}, {@code name.character}, ...), read with {@code FormViolation.of(violation).code()}. {@code null} is valid; add {@code
 * @NotNull} to require a value.
 *
 * <pre>{@code
 * record BeneficiaryForm(@ValidPersonName String name) {}
 * }</pre>
 */
@Documented
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = ValueChecks.PersonNameText.class)
public @interface ValidPersonName {
    /**
     * The message used when no factory detail is available.
     *
     * @return the message
     */
    String message() default "invalid name";

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
