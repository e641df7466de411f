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
 * The annotated text must be a bank account number that {@link BankAccount#normalizeNumber} accepts: 6 to 20 digits,
 * possibly grouped by spaces, dots or hyphens. A refusal reports the factory's code ({@code bankAccount.format}, {@code
 * bankAccount.length}, ...), read with {@code FormViolation.of(violation).code()}. {@code null} is valid; add {@code @NotNull} to
 * require a value.
 *
 * <pre>{@code
 * record TransferForm(@ValidBankAccountNumber String accountNumber) {}
 * }</pre>
 */
@Documented
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = ValueChecks.BankAccountNumberText.class)
public @interface ValidBankAccountNumber {
    /**
     * The message used when no factory detail is available.
     *
     * @return the message
     */
    String message() default "invalid bank account number";

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
