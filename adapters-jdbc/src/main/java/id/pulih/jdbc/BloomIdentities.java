package id.pulih.jdbc;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnels;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.DuplicateKey;
import id.pulih.beneficiary.StoredIdentities;
import id.pulih.shared.Nik;
import java.util.List;
import java.util.function.Function;

/**
 * The NIKs and duplicate keys a database holds, as two Bloom filters (Guava's) of their stored blind indexes: "certainly
 * not stored" for most new rows of an import, so that the engine looks up only the others. Read once from the database
 * (the index columns, nothing decrypted) and kept up to date with every record the import inserts. A value is looked
 * for in every stored form it may have ({@link Sealing#lookups}: its blind index with keys, and itself).
 *
 * <p>A filter takes about 19 bits per identity for a false-positive rate of 0.01% at its capacity, so that most chunks
 * of a new file need no look-up at all (a look-up costs a round trip, however few rows it asks about); beyond its
 * capacity the rate rises, and {@link #full()} says when it is time to read a bigger one.
 */
final class BloomIdentities implements StoredIdentities {
    private static final double FALSE_POSITIVES = 0.000_1;

    private final BloomFilter<CharSequence> niks;
    private final BloomFilter<CharSequence> keys;
    private final Function<Nik, List<String>> nikForms;
    private final Function<DuplicateKey, List<String>> keyForms;
    private final long capacity;
    private long held;

    /**
     * Empty filters.
     *
     * @param capacity how many identities the filters hold at their nominal false-positive rate
     * @param nikForms the stored forms of a NIK
     * @param keyForms the stored forms of a duplicate key
     */
    BloomIdentities(
            long capacity, Function<Nik, List<String>> nikForms, Function<DuplicateKey, List<String>> keyForms) {
        this.capacity = capacity;
        this.nikForms = nikForms;
        this.keyForms = keyForms;
        this.niks = BloomFilter.create(Funnels.unencodedCharsFunnel(), capacity, FALSE_POSITIVES);
        this.keys = BloomFilter.create(Funnels.unencodedCharsFunnel(), capacity, FALSE_POSITIVES);
    }

    /** Adds a stored row's indexes (either may be null: no NIK, or a shredded person). */
    void addStored(String nikIndex, String duplicateIndex) {
        if (nikIndex != null) {
            niks.put(nikIndex);
        }
        if (duplicateIndex != null) {
            keys.put(duplicateIndex);
        }
        held++;
    }

    @Override
    public boolean mayHoldNik(Nik nik) {
        for (String form : nikForms.apply(nik)) {
            if (niks.mightContain(form)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean mayHoldKey(DuplicateKey key) {
        for (String form : keyForms.apply(key)) {
            if (keys.mightContain(form)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void add(Beneficiary b) {
        if (b.nik().isPresent()) {
            nikForms.apply(b.nik().get()).forEach(niks::put);
        }
        keyForms.apply(b.duplicateKey()).forEach(keys::put);
        held++;
    }

    @Override
    public boolean full() {
        return held > capacity;
    }

    @Override
    public long held() {
        return held;
    }
}
