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
import java.util.Objects;
import java.util.Optional;

/**
 * One transfer of an award to a bank account. It moves APPROVED, SENT, then PAID or REJECTED; after a rejection a new
 * payment may be issued for the same award (usually to a corrected account). An award has at most one payment that is
 * not REJECTED, so it is never paid twice; the stores enforce that too.
 *
 * <p>The bank's answer is applied by {@link #applyResult}, which is idempotent on the bank's reference: the same
 * answer twice changes nothing, and a different answer for a payment already answered is refused.
 *
 * <p>Instances are immutable: each move returns the changed payment, which a service saves.
 */
public final class Payment implements Versioned<Payment> {
    private final PaymentId id;
    private final AwardId award;
    private final SchemeId scheme;
    private final BeneficiaryId beneficiary;
    private final Rupiah amount;
    private final BankAccount account;
    private final PaymentStatus status;
    private final BatchId batch;
    private final String bankReference;
    private final RejectionReason rejection;
    private final LocalDate approvedOn;
    private final LocalDate settledOn;
    private final long version;

    /**
     * Rebuilds a payment from storage, checking the invariants. Use {@link #approve} for a new one.
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
    public Payment(
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
            long version) {
        this.id = Checks.required(id, "paymentId");
        this.award = Checks.required(award, "award");
        this.scheme = Checks.required(scheme, "scheme");
        this.beneficiary = Checks.required(beneficiary, "beneficiary");
        this.amount = Checks.required(amount, "amount");
        this.account = Checks.required(account, "account");
        this.status = Checks.required(status, "status");
        this.approvedOn = Checks.required(approvedOn, "approvedOn");
        if (status != PaymentStatus.APPROVED && batch == null) {
            throw GrantError.PAYMENT_BATCH.violation("a sent payment belongs to a batch");
        }
        if (status.terminal() != (bankReference != null && settledOn != null)) {
            throw GrantError.PAYMENT_SETTLEMENT.violation();
        }
        if ((status == PaymentStatus.REJECTED) != (rejection != null)) {
            throw GrantError.PAYMENT_REJECTION.violation();
        }
        this.batch = batch;
        this.bankReference = bankReference;
        this.rejection = rejection;
        this.settledOn = settledOn;
        this.version = version;
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
        return with(status, into, null, null, null, version);
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
        return with(PaymentStatus.SENT, batch, null, null, null, version);
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
        Payment after = with(
                target,
                batch,
                result.bankReference(),
                result.paid() ? null : result.reason().orElse(RejectionReason.OTHER),
                result.date(),
                version);
        return new Applied(ResultOutcome.APPLIED, after);
    }

    /**
     * The identifier, also the reference the bank file carries.
     *
     * @return the id
     */
    public PaymentId id() {
        return id;
    }

    /**
     * The award paid.
     *
     * @return the award
     */
    public AwardId award() {
        return award;
    }

    /**
     * The scheme.
     *
     * @return the scheme
     */
    public SchemeId scheme() {
        return scheme;
    }

    /**
     * The participant.
     *
     * @return the beneficiary
     */
    public BeneficiaryId beneficiary() {
        return beneficiary;
    }

    /**
     * The amount.
     *
     * @return the amount
     */
    public Rupiah amount() {
        return amount;
    }

    /**
     * The account paid into.
     *
     * @return the account
     */
    public BankAccount account() {
        return account;
    }

    /**
     * The status.
     *
     * @return the status
     */
    public PaymentStatus status() {
        return status;
    }

    /**
     * When the payment was approved.
     *
     * @return the date
     */
    public LocalDate approvedOn() {
        return approvedOn;
    }

    @Override
    public long version() {
        return version;
    }

    /**
     * The batch.
     *
     * @return the batch, or empty before batching
     */
    public Optional<BatchId> batchId() {
        return Optional.ofNullable(batch);
    }

    /**
     * The bank's reference of its answer.
     *
     * @return the reference, or empty before the answer
     */
    public Optional<String> bankReference() {
        return Optional.ofNullable(bankReference);
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
     * When the payment was paid or rejected.
     *
     * @return the date, or empty before the bank's answer
     */
    public Optional<LocalDate> settledOn() {
        return Optional.ofNullable(settledOn);
    }

    @Override
    public Payment withVersion(long newVersion) {
        return with(status, batch, bankReference, rejection, settledOn, newVersion);
    }

    /**
     * The one copy-on-change: what a move changes is the status, the batch, the bank's answer and the version; the
     * award, its amount and account are kept. Every copy still goes through the checking constructor.
     */
    private Payment with(
            PaymentStatus newStatus,
            @Nullable BatchId newBatch,
            @Nullable String newBankReference,
            @Nullable RejectionReason newRejection,
            @Nullable LocalDate newSettledOn,
            long newVersion) {
        return new Payment(
                id,
                award,
                scheme,
                beneficiary,
                amount,
                account,
                newStatus,
                newBatch,
                newBankReference,
                newRejection,
                approvedOn,
                newSettledOn,
                newVersion);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Payment other)) {
            return false;
        }
        return id.equals(other.id)
                && version == other.version
                && award.equals(other.award)
                && scheme.equals(other.scheme)
                && beneficiary.equals(other.beneficiary)
                && amount.equals(other.amount)
                && account.equals(other.account)
                && status == other.status
                && Objects.equals(batch, other.batch)
                && Objects.equals(bankReference, other.bankReference)
                && rejection == other.rejection
                && approvedOn.equals(other.approvedOn)
                && Objects.equals(settledOn, other.settledOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    /** Shows the id, the award, the status and the amount; never the account. */
    @Override
    public String toString() {
        return "Payment[" + id + ", " + award + ", " + status + ", " + amount + ", v" + version + "]";
    }

    /**
     * The result of applying a bank answer.
     *
     * @param outcome what happened
     * @param payment the payment after it (unchanged unless APPLIED)
     */
    public record Applied(ResultOutcome outcome, Payment payment) {}
}
