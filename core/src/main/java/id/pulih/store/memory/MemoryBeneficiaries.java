package id.pulih.store.memory;

import id.pulih.beneficiary.Beneficiaries;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.DuplicateKey;
import id.pulih.beneficiary.MatchBlock;
import id.pulih.beneficiary.MatchProfile;
import id.pulih.beneficiary.OneCasePerNik;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.Nik;
import id.pulih.shared.RegionCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link Beneficiaries} in memory: the beneficiaries, with the one-person-one-NIK rule.
 *
 * <p>One port of {@link InMemoryStore}, which wires it and holds its table. The look-ups of duplicate scoring and of
 * a household read two indexes kept here, by origin regency and birth year and by family card, updated with every save
 * and undone with it.
 */
final class MemoryBeneficiaries implements Beneficiaries {
    private final InMemoryStore store;

    /** Registration ids by origin regency, then birth year. */
    private final Map<RegionCode, Map<Integer, Set<BeneficiaryId>>> byRegencyAndYear = new HashMap<>();

    /** Registration ids by family card number. */
    private final Map<FamilyCardNumber, Set<BeneficiaryId>> byFamilyCard = new HashMap<>();

    MemoryBeneficiaries(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Beneficiary> find(BeneficiaryId id) {
        return store.locked(() -> store.beneficiaryRows.find(id));
    }

    @Override
    public Optional<Beneficiary> findByNik(Nik nik) {
        return store.locked(() -> store
                .beneficiaryRows
                .where(b -> b.nik().filter(nik::equals).isPresent())
                .stream()
                .findFirst());
    }

    @Override
    public List<Beneficiary> findByDuplicateKey(DuplicateKey key) {
        return store.locked(() -> {
            List<Beneficiary> found = store.beneficiaryRows.where(
                    b -> b.mergedInto().isEmpty() && b.duplicateKey().equals(key));
            found.sort(Comparator.comparing(Beneficiary::registeredAt));
            return found;
        });
    }

    @Override
    public Map<MatchBlock, List<MatchProfile>> findMatchCandidates(Collection<MatchBlock> blocks) {
        return store.locked(() -> {
            Map<MatchBlock, List<MatchProfile>> found = new LinkedHashMap<>();
            for (MatchBlock block : new LinkedHashSet<>(blocks)) {
                Set<BeneficiaryId> ids = new LinkedHashSet<>();
                Map<Integer, Set<BeneficiaryId>> years = byRegencyAndYear.getOrDefault(block.regency(), Map.of());
                for (int year = block.birthYear() - 1; year <= block.birthYear() + 1; year++) {
                    ids.addAll(years.getOrDefault(year, Set.of()));
                }
                block.familyCard().ifPresent(card -> ids.addAll(byFamilyCard.getOrDefault(card, Set.of())));
                List<Beneficiary> rows = active(ids);
                List<MatchProfile> candidates = new ArrayList<>(rows.size());
                for (Beneficiary b : rows) {
                    MatchProfile p = MatchProfile.of(b);
                    if (block.admits(p)) {
                        candidates.add(p);
                    }
                }
                if (!candidates.isEmpty()) {
                    found.put(block, List.copyOf(candidates));
                }
            }
            return found;
        });
    }

    @Override
    public List<Beneficiary> findByFamilyCard(FamilyCardNumber familyCard) {
        return store.locked(() -> active(byFamilyCard.getOrDefault(familyCard, Set.of())));
    }

    /** The active rows of these ids, oldest first (ties in the order saved). */
    private List<Beneficiary> active(Collection<BeneficiaryId> ids) {
        List<Beneficiary> rows = new ArrayList<>(ids.size());
        for (BeneficiaryId id : ids) {
            store.beneficiaryRows.find(id).filter(b -> b.mergedInto().isEmpty()).ifPresent(rows::add);
        }
        rows.sort(Comparator.comparing(Beneficiary::registeredAt));
        return rows;
    }

    @Override
    public Beneficiary save(Beneficiary beneficiary) {
        return store.inTransaction(() -> {
            OneCasePerNik.check(this, beneficiary);
            Optional<Beneficiary> before = store.beneficiaryRows.find(beneficiary.id());
            Beneficiary saved = store.beneficiaryRows.save(beneficiary);
            before.ifPresent(this::unindex);
            index(saved);
            store.onUndo(() -> {
                unindex(saved);
                before.ifPresent(this::index);
            });
            return saved;
        });
    }

    private void index(Beneficiary b) {
        byRegencyAndYear
                .computeIfAbsent(b.originRegency(), r -> new HashMap<>())
                .computeIfAbsent(b.birth().date().getYear(), y -> new LinkedHashSet<>())
                .add(b.id());
        b.familyCard()
                .ifPresent(card -> byFamilyCard
                        .computeIfAbsent(card, c -> new LinkedHashSet<>())
                        .add(b.id()));
    }

    private void unindex(Beneficiary b) {
        Map<Integer, Set<BeneficiaryId>> years = byRegencyAndYear.get(b.originRegency());
        if (years != null) {
            Set<BeneficiaryId> ids = years.get(b.birth().date().getYear());
            if (ids != null) {
                ids.remove(b.id());
            }
        }
        b.familyCard().ifPresent(card -> {
            Set<BeneficiaryId> ids = byFamilyCard.get(card);
            if (ids != null) {
                ids.remove(b.id());
            }
        });
    }

    @Override
    public long count() {
        return store.locked(store.beneficiaryRows::count);
    }

    @Override
    public List<Beneficiary> page(Optional<BeneficiaryId> after, int limit) {
        return store.locked(() ->
                store
                        .beneficiaryRows
                        .where(b -> after.map(a -> b.id().value().compareTo(a.value()) > 0)
                                .orElse(true))
                        .stream()
                        .sorted(Comparator.comparing(b -> b.id().value()))
                        .limit(Math.max(0, limit))
                        .toList());
    }

    @Override
    public long insertAll(java.util.Collection<Beneficiary> batch) {
        return store.inTransaction(() -> Beneficiaries.super.insertAll(batch));
    }
}
