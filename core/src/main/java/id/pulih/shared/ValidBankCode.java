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
 * The annotated text must be a bank transfer code or bank name that {@link BankCode#parse} accepts. A refusal reports
 * the factory's code ({@code bank.code}), read with {@code FormViolation.of(violation).code()}. {@code null} is valid; add {@code
 * @NotNull} to require a value.
 *
 * <pre>{@code
 * record TransferForm(@ValidBankCode String bank) {}
 * }</pre>
 */
@Documented
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = ValueChecks.BankCodeText.class)
public @interface ValidBankCode {
    /**
     * The message used when no factory detail is available.
     *
     * @return the message
     */
    String message() default "unknown bank";

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
