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
import java.util.Optional;

/**
 * A batch of payments of one scheme to accounts at one bank, sent as one file. Its size is bounded.
 *
 * @param id the identifier
 * @param scheme the scheme
 * @param bank the bank all its accounts are at
 * @param payments the payments, in file order; 1 to {@link #MAX_SIZE}
 * @param createdOn when prepared
 * @param sentOn when sent, or null
 * @param version the stored version
 */
public record PaymentBatch(
        BatchId id,
        SchemeId scheme,
        BankCode bank,
        List<PaymentId> payments,
        LocalDate createdOn,
        @Nullable LocalDate sentOn,
        long version)
        implements Versioned<PaymentBatch> {

    /** The most payments one batch may carry. */
    public static final int MAX_SIZE = 5_000;

    /**
     * Checks the invariants.
     *
     * @param id the id
     * @param scheme the scheme
     * @param bank the bank
     * @param payments the payments
     * @param createdOn when prepared
     * @param sentOn when sent
     * @param version the version
     */
    public PaymentBatch {
        Checks.required(id, "batchId");
        Checks.required(scheme, "scheme");
        Checks.required(bank, "bank");
        payments = List.copyOf(Checks.required(payments, "payments"));
        if (payments.isEmpty() || payments.size() > MAX_SIZE) {
            throw GrantError.BATCH_SIZE.invalid(MAX_SIZE);
        }
        Checks.required(createdOn, "createdOn");
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
        return new PaymentBatch(id, scheme, bank, payments, createdOn, on, version);
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
        return new PaymentBatch(id, scheme, bank, payments, createdOn, sentOn, newVersion);
    }
}
