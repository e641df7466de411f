package id.pulih.store.memory;

import id.pulih.beneficiary.DuplicateStatus;
import id.pulih.beneficiary.PotentialDuplicate;
import id.pulih.beneficiary.PotentialDuplicates;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DuplicateId;
import java.util.List;
import java.util.Optional;

/**
 * {@link PotentialDuplicates} in memory: the potential duplicate registrations.
 *
 * <p>One port of {@link InMemoryStore}, which wires it and holds its table.
 */
final class MemoryPotentialDuplicates implements PotentialDuplicates {
    private final InMemoryStore store;

    MemoryPotentialDuplicates(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<PotentialDuplicate> find(DuplicateId id) {
        return store.locked(() -> store.duplicateRows.find(id));
    }

    @Override
    public List<PotentialDuplicate> open() {
        return store.locked(() -> store.duplicateRows.where(d -> d.status() == DuplicateStatus.OPEN));
    }

    @Override
    public List<PotentialDuplicate> involving(BeneficiaryId beneficiary) {
        return store.locked(() -> store.duplicateRows.where(d -> d.involves(beneficiary)));
    }

    @Override
    public PotentialDuplicate save(PotentialDuplicate duplicate) {
        return store.inTransaction(() -> store.duplicateRows.save(duplicate));
    }
}
