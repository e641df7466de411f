package id.pulih.grant;

import id.pulih.internal.util.Checks;
import id.pulih.shared.Nullable;
import id.pulih.shared.PaymentId;
import id.pulih.shared.TextLimit;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One line of a bank's answer file: which payment, the bank's own reference for its answer, paid or rejected (with a
 * reason), and the date. Applying it is idempotent on the bank reference.
 *
 * @param payment our payment reference, as carried in the batch file
 * @param bankReference the bank's reference for this answer
 * @param paid true when credited, false when rejected
 * @param rejection why rejected, or null when paid
 * @param date the value date
 */
public record BankResult(
        PaymentId payment,
        String bankReference,
        boolean paid,
        @Nullable RejectionReason rejection,
        LocalDate date) {
    /**
     * Checks every part.
     *
     * @param payment the payment
     * @param bankReference the bank's reference
     * @param paid paid or rejected
     * @param rejection the reason
     * @param date the date
     */
    public BankResult {
        Checks.required(payment, "payment");
        bankReference = Checks.requiredText(bankReference, "bankReference", TextLimit.REFERENCE);
        if (paid && rejection != null) {
            throw GrantError.BANK_RESULT_REASON.invalid("a paid transfer has no rejection reason");
        }
        Checks.required(date, "date");
    }

    /**
     * A transfer credited.
     *
     * @param payment the payment
     * @param bankReference the bank's reference
     * @param date the date
     * @return the result
     */
    public static BankResult paid(PaymentId payment, String bankReference, LocalDate date) {
        return new BankResult(payment, bankReference, true, null, date);
    }

    /**
     * A transfer refused.
     *
     * @param payment the payment
     * @param bankReference the bank's reference
     * @param reason why
     * @param date the date
     * @return the result
     */
    public static BankResult rejected(PaymentId payment, String bankReference, RejectionReason reason, LocalDate date) {
        return new BankResult(payment, bankReference, false, Checks.required(reason, "reason"), date);
    }

    /**
     * The rejection reason.
     *
     * @return it, or empty for a paid transfer
     */
    public Optional<RejectionReason> reason() {
        return Optional.ofNullable(rejection);
    }
}
