package id.pulih.store.memory;

import id.pulih.beneficiary.ClosureRequest;
import id.pulih.beneficiary.ClosureRequests;
import id.pulih.beneficiary.ClosureStatus;
import id.pulih.beneficiary.OnePendingClosure;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ClosureRequestId;
import java.util.List;
import java.util.Optional;

/**
 * {@link ClosureRequests} in memory: the requests to close cases.
 *
 * <p>One port of {@link InMemoryStore}, which wires it and holds its table.
 */
final class MemoryClosureRequests implements ClosureRequests {
    private final InMemoryStore store;

    MemoryClosureRequests(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<ClosureRequest> find(ClosureRequestId id) {
        return store.locked(() -> store.closureRows.find(id));
    }

    @Override
    public Optional<ClosureRequest> findPending(BeneficiaryId beneficiary) {
        return store.locked(() ->
                store
                        .closureRows
                        .where(r -> r.status() == ClosureStatus.PENDING
                                && r.beneficiary().equals(beneficiary))
                        .stream()
                        .findFirst());
    }

    @Override
    public List<ClosureRequest> forBeneficiary(BeneficiaryId beneficiary) {
        // the table keeps insertion order, which is the order the requests were made
        return store.locked(() -> store.closureRows.where(r -> r.beneficiary().equals(beneficiary)));
    }

    @Override
    public ClosureRequest save(ClosureRequest request) {
        return store.inTransaction(() -> {
            OnePendingClosure.check(this, request, List.of(request.beneficiary()));
            return store.closureRows.save(request);
        });
    }
}
