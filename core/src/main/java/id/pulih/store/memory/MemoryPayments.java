package id.pulih.store.memory;

import id.pulih.grant.OnePaymentPerAward;
import id.pulih.grant.Payment;
import id.pulih.grant.Payments;
import id.pulih.shared.AwardId;
import id.pulih.shared.BatchId;
import id.pulih.shared.PaymentId;
import id.pulih.shared.SchemeId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link Payments} in memory: the payments, one not rejected per award.
 *
 * <p>One port of {@link InMemoryStore}, which wires it and holds its table.
 */
final class MemoryPayments implements Payments {
    private final InMemoryStore store;

    MemoryPayments(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Payment> find(PaymentId id) {
        return store.locked(() -> store.paymentRows.find(id));
    }

    @Override
    public List<Payment> forAward(AwardId award) {
        return store.locked(() -> {
            List<Payment> found = store.paymentRows.where(p -> p.award().equals(award));
            found.sort(Comparator.comparing(Payment::approvedOn));
            return found;
        });
    }

    @Override
    public List<Payment> forScheme(SchemeId scheme) {
        return store.locked(() -> {
            List<Payment> found = store.paymentRows.where(p -> p.scheme().equals(scheme));
            found.sort(Comparator.comparing(Payment::approvedOn));
            return found;
        });
    }

    @Override
    public List<Payment> forBatch(BatchId batch) {
        return store.locked(() -> {
            List<Payment> found = store.paymentRows.where(
                    p -> p.batchId().filter(batch::equals).isPresent());
            // batch order is the order of the batch's file; payments are batched before their batch is saved
            store.batchRows
                    .find(batch)
                    .ifPresent(b -> found.sort(Comparator.comparingInt(p -> {
                        int at = b.payments().indexOf(p.id());
                        return at < 0 ? Integer.MAX_VALUE : at;
                    })));
            return found;
        });
    }

    @Override
    public Payment save(Payment payment) {
        return store.inTransaction(() -> {
            OnePaymentPerAward.check(this, payment);
            return store.paymentRows.save(payment);
        });
    }
}
