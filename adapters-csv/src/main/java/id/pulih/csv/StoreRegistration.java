package id.pulih.csv;

import id.pulih.BulkRegistration;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.DuplicateFlagging;
import id.pulih.beneficiary.DuplicateKey;
import id.pulih.shared.Nik;
import id.pulih.store.Store;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A {@link BulkRegistration} straight on a store's ports, outside any command: no role check, no audit entry, no
 * events, no check that the records are new. Only for tests of {@link BeneficiaryImport.StoreSink}'s look-ups against
 * a bare store; imports register through {@code Cases.registerAll}. The duplicate rule is the shared one,
 * {@link DuplicateFlagging}.
 */
final class StoreRegistration implements BulkRegistration {
    private final Store store;
    private final Instant at = Instant.EPOCH;
    private long registered;
    private long flagged;

    StoreRegistration(Store store) {
        this.store = store;
    }

    @Override
    public Instant at() {
        return at;
    }

    @Override
    public LocalDate today() {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    @Override
    public long stored() {
        return store.beneficiaries().count();
    }

    @Override
    public Set<Nik> registeredNiks(Collection<Nik> niks) {
        return store.beneficiaries().registeredNiks(niks);
    }

    @Override
    public Map<DuplicateKey, List<Beneficiary>> findByDuplicateKeys(Collection<DuplicateKey> keys) {
        return store.beneficiaries().findByDuplicateKeys(keys);
    }

    @Override
    public void forEachIdentity(BiConsumer<Optional<Nik>, DuplicateKey> each) {
        store.beneficiaries().forEachIdentity(each);
    }

    @Override
    public long register(List<Beneficiary> chunk, List<? extends Collection<Beneficiary>> similar) {
        store.beneficiaries().insertAll(chunk);
        long flags = 0;
        for (int i = 0; i < chunk.size(); i++) {
            for (Beneficiary earlier : similar.get(i)) {
                var d = DuplicateFlagging.between(chunk.get(i), earlier);
                if (d.isPresent()) {
                    store.potentialDuplicates().save(d.get());
                    flags++;
                }
            }
        }
        registered += chunk.size();
        flagged += flags;
        return flags;
    }

    @Override
    public void summary(String summary) {
        // no audit entry outside a command
    }

    @Override
    public long registered() {
        return registered;
    }

    @Override
    public long flagged() {
        return flagged;
    }
}
