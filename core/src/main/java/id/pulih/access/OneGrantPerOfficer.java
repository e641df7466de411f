package id.pulih.access;

import id.pulih.shared.ConflictException;
import id.pulih.shared.Nullable;
import id.pulih.shared.RecordType;
import java.util.Optional;

/**
 * One grant in force per officer and case.
 *
 * <p>An officer holds at most one break-the-glass grant for a case at any instant: a second grant whose window
 * overlaps one the officer already holds for that case is refused, so that nobody stacks grants to stay in a case
 * longer than {@link AccessGrant#MAX_DURATION}. A grant that starts exactly when the previous one lapses (a renewal,
 * which a supervisor makes) does not overlap it. Grants of other officers, or for other cases, never clash. Every
 * store checks it before it adds a grant.
 *
 * <pre>{@code
 * OneGrantPerOfficer.check(store.accessGrants(), candidate);   // in a store's add, before it writes
 * }</pre>
 */
public final class OneGrantPerOfficer {
    /** The catalogue entry of a violation, {@link AccessError#GRANT_ACTIVE}, always raised as a {@link ConflictException}. */
    public static final AccessError CODE = AccessError.GRANT_ACTIVE;

    private OneGrantPerOfficer() {}

    /**
     * The stored grant that adding {@code candidate} would overlap, if any; never the candidate itself.
     *
     * @param grants the port to look in, inside the transaction that adds
     * @param candidate the grant about to be added
     * @return the grant in the way (the earliest, when several), or empty when the candidate may be added
     */
    public static Optional<AccessGrant> clash(AccessGrants grants, AccessGrant candidate) {
        return grants.forBeneficiary(candidate.beneficiary()).stream()
                .filter(other -> other.actorId().equals(candidate.actorId()))
                .filter(other -> !other.id().equals(candidate.id()))
                .filter(candidate::overlaps)
                .findFirst();
    }

    /**
     * Refuses a candidate that would break the rule; what every store calls before it adds a grant.
     *
     * @param grants the port to look in, inside the transaction that adds
     * @param candidate the grant about to be added
     * @throws ConflictException {@link #CODE}, naming the grant in the way
     */
    public static void check(AccessGrants grants, AccessGrant candidate) {
        clash(grants, candidate).ifPresent(other -> {
            throw violation(other.id().toString());
        });
    }

    /**
     * The error for a violation, as every store reports it.
     *
     * @param otherId the identifier of the grant in the way, or null when unknown
     * @return the exception to throw
     */
    public static ConflictException violation(@Nullable String otherId) {
        return AccessError.GRANT_ACTIVE.conflict(RecordType.ACCESS_GRANT, otherId);
    }
}
