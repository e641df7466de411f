package id.pulih.beneficiary;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DuplicateId;
import java.util.List;
import java.util.Optional;

/** Potential duplicate registrations. A port: the in-memory and JDBC stores implement it. */
public interface PotentialDuplicates {
    /**
     * Finds one.
     *
     * @param id the id
     * @return it, or empty
     */
    Optional<PotentialDuplicate> find(DuplicateId id);

    /**
     * Those still open, oldest first.
     *
     * @return the open duplicates
     */
    List<PotentialDuplicate> open();

    /**
     * Those involving a beneficiary, oldest first.
     *
     * @param beneficiary the beneficiary
     * @return the duplicates
     */
    List<PotentialDuplicate> involving(BeneficiaryId beneficiary);

    /**
     * Inserts (version 0) or updates (the version read).
     *
     * @param duplicate the duplicate
     * @return it as stored, at its new version
     */
    PotentialDuplicate save(PotentialDuplicate duplicate);
}
