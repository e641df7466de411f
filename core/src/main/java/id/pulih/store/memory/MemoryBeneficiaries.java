package id.pulih.store.memory;

import id.pulih.beneficiary.Beneficiaries;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.DuplicateKey;
import id.pulih.beneficiary.OneCasePerNik;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.Nik;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@link Beneficiaries} in memory: the beneficiaries, with the one-person-one-NIK rule.
 *
 * <p>One port of {@link InMemoryStore}, which wires it and holds its table.
 */
final class MemoryBeneficiaries implements Beneficiaries {
    private final InMemoryStore store;

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
    public Beneficiary save(Beneficiary beneficiary) {
        return store.inTransaction(() -> {
            OneCasePerNik.check(this, beneficiary);
            return store.beneficiaryRows.save(beneficiary);
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
