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
     * How many beneficiaries are stored (merged records included).
     *
     * @return the count
     */
    long count();
}
