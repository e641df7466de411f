package id.pulih.grant;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BankCode;
import id.pulih.shared.BatchId;
import id.pulih.shared.Nullable;
import id.pulih.shared.PaymentId;
import id.pulih.shared.SchemeId;
import id.pulih.shared.Versioned;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A batch of payments of one scheme to accounts at one bank, sent as one file. Its size is bounded.
 *
 * <p>Instances are immutable: sending returns the changed batch, which a service saves.
 */
public final class PaymentBatch implements Versioned<PaymentBatch> {

    /** The most payments one batch may carry. */
    public static final int MAX_SIZE = 5_000;

    private final BatchId id;
    private final SchemeId scheme;
    private final BankCode bank;
    private final List<PaymentId> payments;
    private final LocalDate createdOn;
    private final LocalDate sentOn;
    private final long version;

    /**
     * Rebuilds a batch from storage, checking the invariants.
     *
     * @param id the identifier
     * @param scheme the scheme
     * @param bank the bank all its accounts are at
     * @param payments the payments, in file order; 1 to {@link #MAX_SIZE}
     * @param createdOn when prepared
     * @param sentOn when sent, or null
     * @param version the stored version
     */
    public PaymentBatch(
            BatchId id,
            SchemeId scheme,
            BankCode bank,
            List<PaymentId> payments,
            LocalDate createdOn,
            @Nullable LocalDate sentOn,
            long version) {
        this.id = Checks.required(id, "batchId");
        this.scheme = Checks.required(scheme, "scheme");
        this.bank = Checks.required(bank, "bank");
        this.payments = List.copyOf(Checks.required(payments, "payments"));
        if (this.payments.isEmpty() || this.payments.size() > MAX_SIZE) {
            throw GrantError.BATCH_SIZE.invalid(MAX_SIZE);
        }
        this.createdOn = Checks.required(createdOn, "createdOn");
        this.sentOn = sentOn;
        this.version = version;
    }

    /**
     * Marks the batch sent.
     *
     * @param on when
     * @return the sent batch
     */
    public PaymentBatch send(LocalDate on) {
        Checks.required(on, "sentOn");
        if (sentOn != null) {
            throw GrantError.BATCH_SENT.violation(sentOn);
        }
        return with(on, version);
    }

    /**
     * The identifier.
     *
     * @return the id
     */
    public BatchId id() {
        return id;
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
     * The bank all its accounts are at.
     *
     * @return the bank
     */
    public BankCode bank() {
        return bank;
    }

    /**
     * The payments, in file order.
     *
     * @return 1 to {@link #MAX_SIZE} payments, unmodifiable
     */
    public List<PaymentId> payments() {
        return payments;
    }

    /**
     * When the batch was prepared.
     *
     * @return the date
     */
    public LocalDate createdOn() {
        return createdOn;
    }

    @Override
    public long version() {
        return version;
    }

    /**
     * When the batch was sent.
     *
     * @return the date, or empty
     */
    public Optional<LocalDate> sent() {
        return Optional.ofNullable(sentOn);
    }

    @Override
    public PaymentBatch withVersion(long newVersion) {
        return with(sentOn, newVersion);
    }

    /** The one copy-on-change: sending sets the date; the payments are kept. */
    private PaymentBatch with(@Nullable LocalDate newSentOn, long newVersion) {
        return new PaymentBatch(id, scheme, bank, payments, createdOn, newSentOn, newVersion);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PaymentBatch other)) {
            return false;
        }
        return id.equals(other.id)
                && version == other.version
                && scheme.equals(other.scheme)
                && bank.equals(other.bank)
                && payments.equals(other.payments)
                && createdOn.equals(other.createdOn)
                && Objects.equals(sentOn, other.sentOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    /** Shows the id, the scheme, the bank, the size and whether sent. */
    @Override
    public String toString() {
        return "PaymentBatch[" + id + ", " + scheme + ", " + bank + ", " + payments.size() + " payments, "
                + (sentOn == null ? "not sent" : "sent " + sentOn) + ", v" + version + "]";
    }
}
