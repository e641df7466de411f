package id.pulih.beneficiary;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.Nik;
import java.util.List;
import java.util.Optional;

/** The beneficiaries known to a store. A port: the in-memory and JDBC stores implement it. */
public interface Beneficiaries {
    /**
     * Finds a beneficiary by id (a merged record is returned as stored; services follow it to the survivor).
     *
     * @param id the id
     * @return the beneficiary, or empty
     */
    Optional<Beneficiary> find(BeneficiaryId id);

    /**
     * Finds the beneficiary registered with a NIK (there is at most one).
     *
     * @param nik the NIK
     * @return the beneficiary, or empty
     */
    Optional<Beneficiary> findByNik(Nik nik);

    /**
     * Active (not merged) beneficiaries with the same duplicate key, oldest first.
     *
     * @param key the key
     * @return the beneficiaries
     */
    List<Beneficiary> findByDuplicateKey(DuplicateKey key);

    /**
     * Inserts (version 0) or updates (the version read) a beneficiary.
     *
     * @param beneficiary the beneficiary
     * @return the beneficiary as stored, at its new version
     * @throws id.pulih.shared.ConflictException {@code record.stale} for a stale version,
     *     {@code beneficiary.nik-registered} when another beneficiary holds the NIK
     */
    Beneficiary save(Beneficiary beneficiary);

    /**
     * Which of these NIKs are registered: one look-up for a whole chunk of an import. The default asks
     * {@link #findByNik} for each; database stores answer with one query.
     *
     * @param niks the NIKs to look up
     * @return those that a stored beneficiary holds
     */
    default java.util.Set<Nik> registeredNiks(java.util.Collection<Nik> niks) {
        java.util.Set<Nik> found = new java.util.HashSet<>();
        for (Nik nik : niks) {
            if (findByNik(nik).isPresent()) {
                found.add(nik);
            }
        }
        return found;
    }

    /**
     * The active beneficiaries for each of these duplicate keys: one look-up for a whole chunk of an import. The
     * default asks {@link #findByDuplicateKey} for each; database stores answer with one query.
     *
     * @param keys the keys to look up
     * @return each key that has stored beneficiaries, with them (oldest first)
     */
    default java.util.Map<DuplicateKey, List<Beneficiary>> findByDuplicateKeys(
            java.util.Collection<DuplicateKey> keys) {
        java.util.Map<DuplicateKey, List<Beneficiary>> found = new java.util.HashMap<>();
        for (DuplicateKey key : new java.util.LinkedHashSet<>(keys)) {
            List<Beneficiary> similar = findByDuplicateKey(key);
            if (!similar.isEmpty()) {
                found.put(key, similar);
            }
        }
        return found;
    }

    /**
     * Inserts many new beneficiaries (each at version 0) in one go, for imports: all of them or, on any failure, none.
     * Stores make this fast (batched statements, PostgreSQL COPY); the default saves them one by one in one
     * transaction. The rows must already be checked against the one-person-one-case rules; a NIK already stored fails
     * the whole call.
     *
     * @param batch the new beneficiaries
     * @return how many were inserted
     * @throws id.pulih.shared.ConflictException when one of them conflicts with a stored record
     */
    default long insertAll(java.util.Collection<Beneficiary> batch) {
        long inserted = 0;
        for (Beneficiary b : batch) {
            if (b.version() != 0) {
                throw id.pulih.shared.ConflictException.stale(
                        id.pulih.shared.RecordType.BENEFICIARY, b.id(), b.version(), -1);
            }
            save(b);
            inserted++;
        }
        return inserted;
    }

    /**
     * Calls {@code each} with the NIK and the duplicate key of every stored beneficiary (merged records included),
     * without loading the records: a large import reads these once to learn which of its rows cannot repeat a stored
     * one, and looks up only the others. The default walks {@link #page}; database stores read the four columns in
     * one streamed query.
     *
     * <pre>{@code
     * LongAdder withoutNik = new LongAdder();
     * store.beneficiaries().forEachIdentity((nik, key) -> {
     *     if (nik.isEmpty()) withoutNik.increment();
     * });
     * }</pre>
     *
     * @param each receives the NIK (empty when none is recorded) and the duplicate key of each beneficiary
     */
    default void forEachIdentity(java.util.function.BiConsumer<Optional<Nik>, DuplicateKey> each) {
        Optional<BeneficiaryId> after = Optional.empty();
        List<Beneficiary> page;
        do {
            page = page(after, 1_000);
            for (Beneficiary b : page) {
                each.accept(b.nik(), b.duplicateKey());
            }
            after = page.isEmpty()
                    ? after
                    : Optional.of(page.get(page.size() - 1).id());
        } while (page.size() == 1_000);
    }

    /**
     * A page of beneficiaries in identifier order, for exports and listings that walk the whole store a page at a
     * time (keyset paging: pass the last id of one page to get the next).
     *
     * @param after the last id of the previous page, or empty for the first page
     * @param limit the most to return, 1 to 10,000
     * @return the beneficiaries with an id greater than {@code after}, in id order (merged records included)
     */
    List<Beneficiary> page(Optional<BeneficiaryId> after, int limit);

    /**
     * How many beneficiaries are stored (merged records included).
     *
     * @return the count
     */
    long count();
}
