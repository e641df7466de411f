package id.pulih.grant;

import id.pulih.shared.AwardId;
import id.pulih.shared.BatchId;
import id.pulih.shared.PaymentId;
import id.pulih.shared.SchemeId;
import java.util.List;
import java.util.Optional;

/** Payments. A port: the in-memory and JDBC stores implement it. */
public interface Payments {
    /**
     * Finds one.
     *
     * @param id the id
     * @return it, or empty
     */
    Optional<Payment> find(PaymentId id);

    /**
     * The payments of an award, oldest first.
     *
     * @param award the award
     * @return the payments
     */
    List<Payment> forAward(AwardId award);

    /**
     * The payments of a scheme, oldest first.
     *
     * @param scheme the scheme
     * @return the payments
     */
    List<Payment> forScheme(SchemeId scheme);

    /**
     * The payments of a batch, in batch order.
     *
     * @param batch the batch
     * @return the payments
     */
    List<Payment> forBatch(BatchId batch);

    /**
     * Inserts (version 0) or updates (the version read).
     *
     * @param payment the payment
     * @return it as stored
     * @throws id.pulih.shared.ConflictException {@code payment.active-exists} for a second payment of an award that
     *     is not REJECTED (so no award is ever paid twice)
     */
    Payment save(Payment payment);
}
