package id.pulih.access;

import id.pulih.shared.BeneficiaryId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Break-the-glass grants. A port: append-only, grants lapse by time and are never deleted. Every implementation
 * checks {@link OneGrantPerOfficer} in {@link #add}.
 */
public interface AccessGrants {
    /**
     * Stores a new grant.
     *
     * @param grant the grant
     * @throws id.pulih.shared.ConflictException {@code grant.active} ({@link OneGrantPerOfficer}) when its holder
     *     already holds a grant for the case whose window overlaps it
     */
    void add(AccessGrant grant);

    /**
     * A grant by its id.
     *
     * @param id the grant's id
     * @return the grant, or empty
     */
    Optional<AccessGrant> find(AccessGrantId id);

    /**
     * Every grant in force at some instant at or after {@code since} (expiring after it), lapsed since or not, of any
     * officer and case: oldest start first, ties by id.
     *
     * @param since the instant
     * @return the grants
     */
    List<AccessGrant> since(Instant since);

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
