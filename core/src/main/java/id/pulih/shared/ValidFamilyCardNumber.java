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
 * The text must be a valid {@link FamilyCardNumber} (No. KK): the constraint runs {@link FamilyCardNumber#of(String)}, so a form and the factory
 * always agree. A violation's message is the factory's detail and {@code FormViolation.of(violation).code()} gives its code
 * ({@code kk.length}, {@code kk.province}, ...). {@code null} is valid; add {@code @NotNull} to require a value.
 *
 * <pre>{@code
 * record HouseholdForm(@NotNull @ValidFamilyCardNumber String familyCardNumber) {}
 * }</pre>
 */
@Documented
@Constraint(validatedBy = ValueChecks.FamilyCardNumberCheck.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidFamilyCardNumber {
    /**
     * The message, used only when the factory's detail cannot be: Pulih reports the detail.
     *
     * @return the message
     */
    String message() default "invalid family card number";

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
