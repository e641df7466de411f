package id.pulih.store.memory;

import id.pulih.repatriation.OneActiveReturn;
import id.pulih.repatriation.Repatriation;
import id.pulih.repatriation.Repatriations;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.RepatriationId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link Repatriations} in memory: the returns home, with the one-active-return rule.
 *
 * <p>One port of {@link InMemoryStore}, which wires it and holds its table.
 */
final class MemoryRepatriations implements Repatriations {
    private final InMemoryStore store;

    MemoryRepatriations(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Repatriation> find(RepatriationId id) {
        return store.locked(() -> store.repatriationRows.find(id));
    }

    @Override
    public Optional<Repatriation> findActive(BeneficiaryId beneficiary) {
        return store.locked(() ->
                store
                        .repatriationRows
                        .where(r -> r.state().active() && r.beneficiary().equals(beneficiary))
                        .stream()
                        .findFirst());
    }

    @Override
    public List<Repatriation> forBeneficiary(BeneficiaryId beneficiary) {
        return store.locked(() -> {
            List<Repatriation> found =
                    store.repatriationRows.where(r -> r.beneficiary().equals(beneficiary));
            found.sort(Comparator.comparing(Repatriation::plannedOn));
            return found;
        });
    }

    @Override
    public Repatriation save(Repatriation repatriation) {
        return store.inTransaction(() -> {
            OneActiveReturn.check(this, repatriation);
            return store.repatriationRows.save(repatriation);
        });
    }
}
