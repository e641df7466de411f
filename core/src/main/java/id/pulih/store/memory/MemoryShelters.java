package id.pulih.store.memory;

import id.pulih.shared.ShelterId;
import id.pulih.shelter.Shelter;
import id.pulih.shelter.Shelters;
import id.pulih.shelter.UniqueShelterCode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link Shelters} in memory: the shelters, with the unique shelter code.
 *
 * <p>One port of {@link InMemoryStore}, which wires it and holds its table.
 */
final class MemoryShelters implements Shelters {
    private final InMemoryStore store;

    MemoryShelters(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Shelter> find(ShelterId id) {
        return store.locked(() -> store.shelterRows.find(id));
    }

    @Override
    public Optional<Shelter> findByCode(String code) {
        return store.locked(() ->
                store.shelterRows.where(s -> s.code().equals(code)).stream().findFirst());
    }

    @Override
    public List<Shelter> all() {
        return store.locked(() -> {
            List<Shelter> all = store.shelterRows.where(s -> true);
            all.sort(Comparator.comparing(Shelter::code));
            return all;
        });
    }

    @Override
    public Shelter save(Shelter shelter) {
        return store.inTransaction(() -> {
            UniqueShelterCode.check(this, shelter);
            return store.shelterRows.save(shelter);
        });
    }
}
