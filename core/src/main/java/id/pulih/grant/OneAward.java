package id.pulih.grant;

import id.pulih.shared.ConflictException;
import id.pulih.shared.Nullable;
import id.pulih.shared.RecordType;
import java.util.Optional;

/**
 * One award per scheme and person.
 *
 * <p>A scheme grants a person its amount once. Every store checks it before it writes an award, and the grant service
 * asks it before it commits the scheme's budget; a database store also holds a unique index on it, whose violation
 * reads as the same error.
 *
 * <pre>{@code
 * OneAward.check(store.awards(), candidate);   // in a store's save, before it writes
 * }</pre>
 */
public final class OneAward {
    /** The catalogue entry of a violation, {@link GrantError#AWARD_EXISTS}, always raised as a {@link ConflictException}. */
    public static final GrantError CODE = GrantError.AWARD_EXISTS;

    private OneAward() {}

    /**
     * The stored record that saving {@code candidate} would duplicate, if any; never the candidate itself.
     *
     * @param awards the port to look in, inside the transaction that saves
     * @param candidate the award about to be saved
     * @return the record in the way, or empty when the candidate may be saved
     */
    public static Optional<Award> clash(Awards awards, Award candidate) {
        return awards.find(candidate.scheme(), candidate.beneficiary())
                .filter(other -> !other.id().equals(candidate.id()));
    }

    /**
     * Refuses a candidate that would break the rule; what every store calls before it writes.
     *
     * @param awards the port to look in, inside the transaction that saves
     * @param candidate the award about to be saved
     * @throws ConflictException {@link #CODE}, naming the record in the way
     */
    public static void check(Awards awards, Award candidate) {
        clash(awards, candidate).ifPresent(other -> {
            throw violation(other.id().toString());
        });
    }

    /**
     * The error for a violation, as every store reports it (a database store from its unique index, too).
     *
     * @param otherId the identifier of the record in the way, or null when the database does not say
     * @return the exception to throw
     */
    public static ConflictException violation(@Nullable String otherId) {
        return GrantError.AWARD_EXISTS.conflict(RecordType.AWARD, otherId);
    }
}
