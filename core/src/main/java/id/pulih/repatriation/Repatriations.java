package id.pulih.repatriation;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.RepatriationId;
import java.util.List;
import java.util.Optional;

/** Planned and past returns. A port: the in-memory and JDBC stores implement it. */
public interface Repatriations {
    /**
     * Finds one.
     *
     * @param id the id
     * @return it, or empty
     */
    Optional<Repatriation> find(RepatriationId id);

    /**
     * The return under way (planned or in transit) for a beneficiary; there is at most one.
     *
     * @param beneficiary the beneficiary
     * @return it, or empty
     */
    Optional<Repatriation> findActive(BeneficiaryId beneficiary);

    /**
     * Every return of a beneficiary, oldest plan first.
     *
     * @param beneficiary the beneficiary
     * @return the returns
     */
    List<Repatriation> forBeneficiary(BeneficiaryId beneficiary);

    /**
     * Inserts (version 0) or updates (the version read).
     *
     * @param repatriation the return
     * @return it as stored, at its new version
     * @throws id.pulih.shared.ConflictException {@code record.stale}, or {@code repatriation.active-exists} for a
     *     second return under way for the same person
     */
    Repatriation save(Repatriation repatriation);
}
