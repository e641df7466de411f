package id.pulih.grant;

import id.pulih.internal.util.Checks;
import id.pulih.shared.AwardId;
import id.pulih.shared.BankAccount;
import id.pulih.shared.BatchId;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.Nullable;
import id.pulih.shared.PaymentId;
import id.pulih.shared.Rupiah;
import id.pulih.shared.SchemeId;
import id.pulih.shared.Versioned;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One transfer of an award to a bank account. It moves APPROVED, SENT, then PAID or REJECTED; after a rejection a new
 * payment may be issued for the same award (usually to a corrected account). An award has at most one payment that is
 * not REJECTED, so it is never paid twice; the stores enforce that too.
 *
 * <p>The bank's answer is applied by {@link #applyResult}, which is idempotent on the bank's reference: the same
 * answer twice changes nothing, and a different answer for a payment already answered is refused.
 *
 * @param id the identifier, also the reference the bank file carries
 * @param award the award
 * @param scheme the scheme
 * @param beneficiary the participant
 * @param amount the amount
 * @param account the account paid into
 * @param status the status
 * @param batch the batch that carries it, or null before batching
 * @param bankReference the bank's reference of its answer, or null before it
 * @param rejection why the bank refused, or null
 * @param approvedOn when approved
 * @param settledOn when paid or rejected, or null
 * @param version the stored version
 */
public record Payment(
        PaymentId id,
        AwardId award,
        SchemeId scheme,
        BeneficiaryId beneficiary,
        Rupiah amount,
        BankAccount account,
        PaymentStatus status,
        @Nullable BatchId batch,
        @Nullable String bankReference,
        @Nullable RejectionReason rejection,
        LocalDate approvedOn,
        @Nullable LocalDate settledOn,
        long version)
        implements Versioned<Payment> {

    /**
     * Checks the invariants.
     *
     * @param id the id
     * @param award the award
     * @param scheme the scheme
     * @param beneficiary the participant
     * @param amount the amount
     * @param account the account
     * @param status the status
     * @param batch the batch
     * @param bankReference the bank's reference
     * @param rejection the rejection reason
     * @param approvedOn when approved
     * @param settledOn when settled
     * @param version the version
     */
    public Payment {
        Checks.required(id, "paymentId");
        Checks.required(award, "award");
        Checks.required(scheme, "scheme");
        Checks.required(beneficiary, "beneficiary");
        Checks.required(amount, "amount");
        Checks.required(account, "account");
        Checks.required(status, "status");
        Checks.required(approvedOn, "approvedOn");
        if (status != PaymentStatus.APPROVED && batch == null) {
            throw GrantError.PAYMENT_BATCH.violation("a sent payment belongs to a batch");
        }
        if (status.terminal() != (bankReference != null && settledOn != null)) {
            throw GrantError.PAYMENT_SETTLEMENT.violation();
        }
        if ((status == PaymentStatus.REJECTED) != (rejection != null)) {
            throw GrantError.PAYMENT_REJECTION.violation();
        }
    }

    /**
     * Approves a payment of an award.
     *
     * @param award the award
     * @param on when
     * @return the payment, APPROVED, at version 0
     */
    public static Payment approve(Award award, LocalDate on) {
        return new Payment(
                PaymentId.next(),
                award.id(),
                award.scheme(),
                award.beneficiary(),
                award.amount(),
                award.account(),
                PaymentStatus.APPROVED,
                null,
                null,
                null,
                on,
                null,
                0);
    }

    /**
     * Puts an approved payment in a batch, before the batch is sent.
     *
     * @param into the batch
     * @return the batched payment, still APPROVED
     */
    public Payment batch(BatchId into) {
        Checks.required(into, "batch");
        if (status != PaymentStatus.APPROVED || batch != null) {
            throw GrantError.PAYMENT_BATCHED.violation();
        }
        return new Payment(
                id, award, scheme, beneficiary, amount, account, status, into, null, null, approvedOn, null, version);
    }

    /**
     * Marks a batched payment sent to the bank.
     *
     * @return the payment, SENT
     */
    public Payment send() {
        if (status != PaymentStatus.APPROVED) {
            throw GrantError.PAYMENT_TRANSITION.transition(status, PaymentStatus.SENT, "none");
        }
        if (batch == null) {
            throw GrantError.PAYMENT_BATCH.violation("a payment is sent in a batch");
        }
        return new Payment(
                id,
                award,
                scheme,
                beneficiary,
                amount,
                account,
                PaymentStatus.SENT,
                batch,
                null,
                null,
                approvedOn,
                null,
                version);
    }

    /**
     * Applies the bank's answer.
     *
     * @param result the answer
     * @return the outcome and the payment after it
     */
    public Applied applyResult(BankResult result) {
        Checks.required(result, "result");
        PaymentStatus target = result.paid() ? PaymentStatus.PAID : PaymentStatus.REJECTED;
        if (status.terminal()) {
            boolean same = result.bankReference().equals(bankReference)
                    && status == target
                    && (result.paid() || result.reason().equals(Optional.ofNullable(rejection)));
            return new Applied(same ? ResultOutcome.ALREADY_APPLIED : ResultOutcome.CONFLICT, this);
        }
        if (status != PaymentStatus.SENT) {
            return new Applied(ResultOutcome.NOT_SENT, this);
        }
        Payment after = new Payment(
                id,
                award,
                scheme,
                beneficiary,
                amount,
                account,
                target,
                batch,
                result.bankReference(),
                result.paid() ? null : result.reason().orElse(RejectionReason.OTHER),
                approvedOn,
                result.date(),
                version);
        return new Applied(ResultOutcome.APPLIED, after);
    }

    /**
     * The rejection reason.
     *
     * @return why the bank refused, or empty
     */
    public Optional<RejectionReason> rejectionReason() {
        return Optional.ofNullable(rejection);
    }

    /**
     * The batch.
     *
     * @return the batch, or empty before batching
     */
    public Optional<BatchId> batchId() {
        return Optional.ofNullable(batch);
    }

    @Override
    public Payment withVersion(long newVersion) {
        return new Payment(
                id,
                award,
                scheme,
                beneficiary,
                amount,
                account,
                status,
                batch,
                bankReference,
                rejection,
                approvedOn,
                settledOn,
                newVersion);
    }

    /**
     * The result of applying a bank answer.
     *
     * @param outcome what happened
     * @param payment the payment after it (unchanged unless APPLIED)
     */
    public record Applied(ResultOutcome outcome, Payment payment) {}
}
