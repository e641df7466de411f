package id.pulih.beneficiary;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ClosureRequestId;
import java.util.List;
import java.util.Optional;

/** Requests to close cases. A port: the in-memory and JDBC stores implement it. */
public interface ClosureRequests {
    /**
     * Finds one.
     *
     * @param id the id
     * @return it, or empty
     */
    Optional<ClosureRequest> find(ClosureRequestId id);

    /**
     * The request of a registration waiting for a decision; there is at most one ({@link OnePendingClosure}).
     *
     * @param beneficiary the registration
     * @return it, or empty
     */
    Optional<ClosureRequest> findPending(BeneficiaryId beneficiary);

    /**
     * Every request of a registration, oldest first.
     *
     * @param beneficiary the registration
     * @return the requests
     */
    List<ClosureRequest> forBeneficiary(BeneficiaryId beneficiary);

    /**
     * Inserts (version 0) or updates (the version read).
     *
     * @param request the request
     * @return it as stored, at its new version
     * @throws id.pulih.shared.ConflictException {@code record.stale}, or {@code closure.pending-exists} for a second
     *     pending request of the same registration
     */
    ClosureRequest save(ClosureRequest request);
}
