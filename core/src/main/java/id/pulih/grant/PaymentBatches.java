package id.pulih.grant;

import id.pulih.shared.BatchId;
import id.pulih.shared.SchemeId;
import java.util.List;
import java.util.Optional;

/** Payment batches. A port: the in-memory and JDBC stores implement it. */
public interface PaymentBatches {
    /**
     * Finds one.
     *
     * @param id the id
     * @return it, or empty
     */
    Optional<PaymentBatch> find(BatchId id);

    /**
     * The batches of a scheme, oldest first.
     *
     * @param scheme the scheme
     * @return the batches
     */
    List<PaymentBatch> forScheme(SchemeId scheme);

    /**
     * Inserts (version 0) or updates (the version read).
     *
     * @param batch the batch
     * @return it as stored
     */
    PaymentBatch save(PaymentBatch batch);
}
