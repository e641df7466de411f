package id.pulih.store.memory;

import id.pulih.guidance.Programme;
import id.pulih.guidance.Programmes;
import id.pulih.shared.ProgrammeId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link Programmes} in memory: the guidance programmes.
 *
 * <p>One port of {@link InMemoryStore}, which wires it and holds its table.
 */
final class MemoryProgrammes implements Programmes {
    private final InMemoryStore store;

    MemoryProgrammes(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Programme> find(ProgrammeId id) {
        return store.locked(() -> store.programmeRows.find(id));
    }

    @Override
    public List<Programme> all() {
        return store.locked(() -> {
            List<Programme> all = store.programmeRows.where(p -> true);
            all.sort(Comparator.comparing(Programme::startsOn));
            return all;
        });
    }

    @Override
    public Programme save(Programme programme) {
        return store.inTransaction(() -> store.programmeRows.save(programme));
    }
}
