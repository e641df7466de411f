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
     * The candidates of duplicate scoring for each block: the active (not merged) beneficiaries of the block's origin
     * regency born within a year of its year, and those holding its family card, each once, oldest first. Stores answer from an index on (origin regency, birth date) and on the
     * family card, never by reading every case; a bulk registration asks once per chunk.
     *
     * @param blocks the blocks to look up
     * @return each block that has candidates, with their profiles (oldest first)
     */
    java.util.Map<MatchBlock, List<MatchProfile>> findMatchCandidates(java.util.Collection<MatchBlock> blocks);

    /**
     * The candidates of one block, as {@link #findMatchCandidates(java.util.Collection)} finds them.
     *
     * @param block the block
     * @return the candidates, oldest first
     */
    default List<MatchProfile> findMatchCandidates(MatchBlock block) {
        return findMatchCandidates(List.of(block)).getOrDefault(block, List.of());
    }

    /**
     * The active (not merged) beneficiaries registered with a family card number, oldest first, from an index.
     *
     * @param familyCard the family card number
     * @return the registered members of the household
     */
    List<Beneficiary> findByFamilyCard(id.pulih.shared.FamilyCardNumber familyCard);

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
     * The beneficiaries registered with these NIKs: one look-up for a whole chunk of an import. The default asks
     * {@link #findByNik} for each; database stores answer with one query per thousand NIKs.
     *
     * @param niks the NIKs to look up
     * @return each NIK a stored beneficiary holds (merged records included), with that beneficiary as stored
     */
    default java.util.Map<Nik, Beneficiary> findByNiks(java.util.Collection<Nik> niks) {
        java.util.Map<Nik, Beneficiary> found = new java.util.HashMap<>();
        for (Nik nik : new java.util.LinkedHashSet<>(niks)) {
            findByNik(nik).ifPresent(b -> found.put(nik, b));
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
     * without loading the records: a database store reads these once into its {@link #readIdentities summary}, so that
     * a large import looks up only the rows that may repeat a stored one. The default walks {@link #page}; database stores read the four columns in
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
     * A summary of the NIKs and duplicate keys stored now, for a bulk registration to look up only the rows that may
     * repeat a stored one: worth it for a database, where each look-up is a round trip, not for a store in memory,
     * whose look-ups cost less than reading the summary. The default has none; the engine then looks every row up.
     *
     * @param capacity how many identities the summary should hold at its nominal false-positive rate (the engine
     *     asks for at least twice as many as are stored)
     * @return the summary, or empty when this store offers none
     */
    default Optional<StoredIdentities> readIdentities(long capacity) {
        return Optional.empty();
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
