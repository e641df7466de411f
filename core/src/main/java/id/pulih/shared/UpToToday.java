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
 * The annotated date is of something that happened: not after today, as {@link NotAfterToday} decides, with today
 * taken from the validator's clock provider in Asia/Jakarta (Pulih's default validator uses the engine's clock). A
 * refusal reports {@code date.future}, read with {@code FormViolation.of(violation).code()}. {@code null} is valid;
 * add {@code @NotNull} to require a value.
 *
 * <pre>{@code
 * record VisitForm(@NotNull @UpToToday LocalDate visitedOn) {}
 * }</pre>
 */
@Documented
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = ValueChecks.UpToTodayCheck.class)
public @interface UpToToday {
    /**
     * The message used when no rule detail is available.
     *
     * @return the message
     */
    String message() default "a date of something that happened cannot be in the future";

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
