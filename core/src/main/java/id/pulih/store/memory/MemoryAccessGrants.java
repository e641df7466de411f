package id.pulih.store.memory;

import id.pulih.access.AccessGrant;
import id.pulih.access.AccessGrantId;
import id.pulih.access.AccessGrants;
import id.pulih.access.OneGrantPerOfficer;
import id.pulih.shared.BeneficiaryId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link AccessGrants} in memory: the break-the-glass grants, append-only.
 *
 * <p>One port of {@link InMemoryStore}, which wires it and holds its table.
 */
final class MemoryAccessGrants implements AccessGrants {
    private final InMemoryStore store;
    private static final Comparator<AccessGrant> ORDER =
            Comparator.comparing(AccessGrant::grantedAt).thenComparing(g -> g.id().value());
    private final List<AccessGrant> grants = new ArrayList<>();

    MemoryAccessGrants(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void add(AccessGrant grant) {
        store.inTransaction(() -> {
            OneGrantPerOfficer.check(this, grant);
            store.append(grants, grant);
        });
    }

    @Override
    public Optional<AccessGrant> find(AccessGrantId id) {
        return store.locked(() -> grants.stream().filter(g -> g.id().equals(id)).findFirst());
    }

    @Override
    public List<AccessGrant> since(Instant since) {
        return store.locked(() -> grants.stream()
                .filter(g -> g.expiresAt().isAfter(since))
                .sorted(ORDER)
                .toList());
    }

    @Override
    public Optional<AccessGrant> activeFor(String actorId, BeneficiaryId beneficiary, Instant now) {
        return store.locked(() -> grants.stream()
                .filter(g -> g.actorId().equals(actorId) && g.beneficiary().equals(beneficiary) && g.activeAt(now))
                .findFirst());
    }

    @Override
    public List<AccessGrant> forBeneficiary(BeneficiaryId beneficiary) {
        return store.locked(() -> grants.stream()
                .filter(g -> g.beneficiary().equals(beneficiary))
                .sorted(ORDER)
                .toList());
    }

    /** Rewrites entries in place, undoably: for erasure only. */
    void rewrite(
            java.util.function.Predicate<AccessGrant> which, java.util.function.UnaryOperator<AccessGrant> change) {
        store.inTransaction(() -> store.rewrite(grants, which, change));
    }
}
