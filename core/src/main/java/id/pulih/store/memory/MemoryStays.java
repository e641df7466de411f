package id.pulih.store.memory;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ShelterId;
import id.pulih.shared.StayId;
import id.pulih.shelter.OneOpenStay;
import id.pulih.shelter.Stay;
import id.pulih.shelter.Stays;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link Stays} in memory: the shelter stays, with the one-open-stay rule.
 *
 * <p>One port of {@link InMemoryStore}, which wires it and holds its table.
 */
final class MemoryStays implements Stays {
    private final InMemoryStore store;

    MemoryStays(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Stay> find(StayId id) {
        return store.locked(() -> store.stayRows.find(id));
    }

    @Override
    public Optional<Stay> findOpen(BeneficiaryId beneficiary) {
        return store.locked(() -> store
                .stayRows
                .where(s -> s.isOpen() && s.beneficiary().equals(beneficiary))
                .stream()
                .findFirst());
    }

    @Override
    public List<Stay> forBeneficiary(BeneficiaryId beneficiary) {
        return store.locked(() -> {
            List<Stay> found = store.stayRows.where(s -> s.beneficiary().equals(beneficiary));
            found.sort(Comparator.comparing(Stay::admittedOn));
            return found;
        });
    }

    @Override
    public int occupancyOn(ShelterId shelter, LocalDate date) {
        return store.locked(() -> store.stayRows
                .where(s -> s.shelter().equals(shelter) && s.occupiesOn(date))
                .size());
    }

    @Override
    public Stay save(Stay stay) {
        return store.inTransaction(() -> {
            OneOpenStay.check(this, stay);
            return store.stayRows.save(stay);
        });
    }
}
