package id.pulih.privacy;

import id.pulih.shared.BeneficiaryId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The data-subject requests. A port: the in-memory and JDBC stores implement it. */
public interface SubjectRequests {
    /**
     * Finds one.
     *
     * @param id the id
     * @return it, or empty
     */
    Optional<SubjectRequest> find(RequestId id);

    /**
     * Every request about a registration, received first.
     *
     * @param beneficiary the registration
     * @return the requests
     */
    List<SubjectRequest> forBeneficiary(BeneficiaryId beneficiary);

    /**
     * The undecided requests due before an instant, earliest due first: the overdue ones, at that instant.
     *
     * @param at the instant
     * @return the requests
     */
    List<SubjectRequest> undecidedDueBefore(Instant at);

    /**
     * Inserts (version 0) or updates (the version read).
     *
     * @param request the request
     * @return it as stored, at its new version
     * @throws id.pulih.shared.ConflictException {@code record.stale}
     */
    SubjectRequest save(SubjectRequest request);
}
