package id.pulih.store.memory;

import id.pulih.grant.Award;
import id.pulih.grant.Awards;
import id.pulih.grant.OneAward;
import id.pulih.shared.AwardId;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.SchemeId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link Awards} in memory: the awards, one per scheme and person.
 *
 * <p>One port of {@link InMemoryStore}, which wires it and holds its table.
 */
final class MemoryAwards implements Awards {
    private final InMemoryStore store;

    MemoryAwards(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Award> find(AwardId id) {
        return store.locked(() -> store.awardRows.find(id));
    }

    @Override
    public Optional<Award> find(SchemeId scheme, BeneficiaryId beneficiary) {
        return store.locked(() ->
                store
                        .awardRows
                        .where(a -> a.scheme().equals(scheme) && a.beneficiary().equals(beneficiary))
                        .stream()
                        .findFirst());
    }

    @Override
    public List<Award> forScheme(SchemeId scheme) {
        return store.locked(() -> {
            List<Award> found = store.awardRows.where(a -> a.scheme().equals(scheme));
            found.sort(Comparator.comparing(Award::awardedOn));
            return found;
        });
    }

    @Override
    public List<Award> forBeneficiary(BeneficiaryId beneficiary) {
        return store.locked(() -> store.awardRows.where(a -> a.beneficiary().equals(beneficiary)));
    }

    @Override
    public Award save(Award award) {
        return store.inTransaction(() -> {
            OneAward.check(this, award);
            return store.awardRows.save(award);
        });
    }
}
