package id.pulih.beneficiary;

import id.pulih.shared.Nik;

/**
 * What a store may hold, summarised so that a bulk registration looks up only the rows that may repeat a stored one:
 * "certainly not stored" for most new rows, "perhaps" for the others, which the store's look-up then decides. A false
 * "perhaps" costs a look-up and never a wrong answer; a false "certainly not" is never allowed. Read by the engine
 * within a bulk registration ({@link Beneficiaries#readIdentities}) and kept up to date with every record it
 * inserts; it never leaves the engine, since it summarises cases of every jurisdiction.
 *
 * <p>A database store implements it with Bloom filters; a store in memory needs none.
 */
public interface StoredIdentities {
    /**
     * Whether a beneficiary with this NIK may be stored.
     *
     * @param nik the NIK; not null
     * @return false when certainly not stored
     */
    boolean mayHoldNik(Nik nik);

    /**
     * Whether a beneficiary with this duplicate key may be stored.
     *
     * @param key the key; not null
     * @return false when certainly not stored
     */
    boolean mayHoldKey(DuplicateKey key);

    /**
     * Records a beneficiary inserted since the summary was read.
     *
     * @param b the beneficiary; not null
     */
    void add(Beneficiary b);

    /**
     * Whether the summary holds more identities than its capacity, so that its false-positive rate has risen and a
     * bigger one is worth reading.
     *
     * @return true when full
     */
    boolean full();

    /**
     * How many identities the summary holds.
     *
     * @return the count
     */
    long held();
}
