package id.pulih.store.memory;

import id.pulih.grant.PaymentBatch;
import id.pulih.grant.PaymentBatches;
import id.pulih.shared.BatchId;
import id.pulih.shared.SchemeId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link PaymentBatches} in memory: the payment batches.
 *
 * <p>One port of {@link InMemoryStore}, which wires it and holds its table.
 */
final class MemoryPaymentBatches implements PaymentBatches {
    private final InMemoryStore store;

    MemoryPaymentBatches(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<PaymentBatch> find(BatchId id) {
        return store.locked(() -> store.batchRows.find(id));
    }

    @Override
    public List<PaymentBatch> forScheme(SchemeId scheme) {
        return store.locked(() -> {
            List<PaymentBatch> found = store.batchRows.where(b -> b.scheme().equals(scheme));
            found.sort(Comparator.comparing(PaymentBatch::createdOn));
            return found;
        });
    }

    @Override
    public PaymentBatch save(PaymentBatch batch) {
        return store.inTransaction(() -> store.batchRows.save(batch));
    }
}
