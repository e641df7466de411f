package id.pulih.access;

import id.pulih.shared.BeneficiaryId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Break-the-glass grants. A port: append-only, grants lapse by time and are never deleted. */
public interface AccessGrants {
    /**
     * Stores a new grant.
     *
     * @param grant the grant
     */
    void add(AccessGrant grant);

    /**
     * The grant in force for an actor and a case, if any.
     *
     * @param actorId the actor
     * @param beneficiary the case
     * @param now the instant
     * @return a grant active at {@code now}, or empty
     */
    Optional<AccessGrant> activeFor(String actorId, BeneficiaryId beneficiary, Instant now);

    /**
     * Every grant ever made for a case, oldest first.
     *
     * @param beneficiary the case
     * @return the grants
     */
    List<AccessGrant> forBeneficiary(BeneficiaryId beneficiary);
}
