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
 * The annotated text may be at most as long as its {@link TextLimit}, measured as the aggregates' factories
 * measure it; a refusal is coded {@code text.length}, read with {@code FormViolation.of(violation).code()}.
 * {@code null} is valid; add {@code @NotNull} or {@code @NotBlank} to require a value.
 *
 * <pre>{@code
 * record NoteForm(@NotBlank @LimitedText(TextLimit.NOTE) String note) {}
 * }</pre>
 */
@Documented
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = ValueChecks.LimitedTextCheck.class)
public @interface LimitedText {
    /**
     * The kind of text, which declares its maximum.
     *
     * @return the limit
     */
    TextLimit value();

    /**
     * The message used when no detail is available.
     *
     * @return the message
     */
    String message() default "text too long";

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
