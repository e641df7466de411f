package id.pulih.jdbc;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnel;
import com.google.common.hash.PrimitiveSink;
import id.pulih.beneficiary.Beneficiaries;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.DuplicateKey;
import id.pulih.beneficiary.StoredIdentities;
import id.pulih.shared.Nik;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The NIKs and duplicate keys a database holds, as two Bloom filters (Guava's): "certainly not stored" for most new
 * rows of an import, so that the engine looks up only the others. Read once from the database
 * ({@link Beneficiaries#forEachIdentity}) and kept up to date with every record the import inserts.
 *
 * <p>A filter takes about 19 bits per identity for a false-positive rate of 0.01% at its capacity, so that most chunks
 * of a new file need no look-up at all (a look-up costs a round trip, however few rows it asks about); beyond its
 * capacity the rate rises, and {@link #full()} says when it is time to read a bigger one.
 */
final class BloomIdentities implements StoredIdentities {
    private static final double FALSE_POSITIVES = 0.000_1;

    private final BloomFilter<CharSequence> niks;
    private final BloomFilter<DuplicateKey> keys;
    private final long capacity;
    private long held;

    private BloomIdentities(long capacity) {
        this.capacity = capacity;
        this.niks = BloomFilter.create(NikFunnel.INSTANCE, capacity, FALSE_POSITIVES);
        this.keys = BloomFilter.create(KeyFunnel.INSTANCE, capacity, FALSE_POSITIVES);
    }

    /**
     * Reads every stored identity into filters of this capacity.
     *
     * @param stored hands every stored identity to its argument ({@link Beneficiaries#forEachIdentity})
     * @param capacity how many identities the filters hold at their nominal false-positive rate
     * @return the filters
     */
    static BloomIdentities read(Consumer<BiConsumer<Optional<Nik>, DuplicateKey>> stored, long capacity) {
        BloomIdentities identities = new BloomIdentities(capacity);
        stored.accept((nik, key) -> identities.add(nik.map(Nik::value).orElse(null), key));
        return identities;
    }

    @Override
    public boolean mayHoldNik(Nik nik) {
        return niks.mightContain(nik.value());
    }

    @Override
    public boolean mayHoldKey(DuplicateKey key) {
        return keys.mightContain(key);
    }

    @Override
    public void add(Beneficiary b) {
        add(b.nik().map(Nik::value).orElse(null), b.duplicateKey());
    }

    private void add(String nik, DuplicateKey key) {
        if (nik != null) {
            niks.put(nik);
        }
        keys.put(key);
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

    private enum NikFunnel implements Funnel<CharSequence> {
        INSTANCE;

        @Override
        public void funnel(CharSequence nik, PrimitiveSink into) {
            into.putUnencodedChars(nik);
        }
    }

    private enum KeyFunnel implements Funnel<DuplicateKey> {
        INSTANCE;

        @Override
        public void funnel(DuplicateKey key, PrimitiveSink into) {
            into.putUnencodedChars(key.name())
                    .putLong(key.birthDate().toEpochDay())
                    .putUnencodedChars(key.regency().toString());
        }
    }
}
