package id.pulih.store.memory;

import id.pulih.grant.GrantScheme;
import id.pulih.grant.GrantSchemes;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.SchemeId;
import java.util.List;
import java.util.Optional;

/**
 * {@link GrantSchemes} in memory: the grant schemes.
 *
 * <p>One port of {@link InMemoryStore}, which wires it and holds its table.
 */
final class MemoryGrantSchemes implements GrantSchemes {
    private final InMemoryStore store;

    MemoryGrantSchemes(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<GrantScheme> find(SchemeId id) {
        return store.locked(() -> store.schemeRows.find(id));
    }

    @Override
    public List<GrantScheme> forProgramme(ProgrammeId programme) {
        return store.locked(() -> store.schemeRows.where(g -> g.programme().equals(programme)));
    }

    @Override
    public GrantScheme save(GrantScheme scheme) {
        return store.inTransaction(() -> store.schemeRows.save(scheme));
    }
}
