package id.pulih.repatriation;

import id.pulih.shared.ConflictException;
import id.pulih.shared.Nullable;
import id.pulih.shared.RecordType;
import java.util.Optional;

/**
 * One return home under way per person.
 *
 * <p>A person goes home once at a time: while a return is planned or in transit, a second active return of the same
 * beneficiary is refused. Every store checks it before it writes a return; a database store also holds a unique
 * index on it, whose violation reads as the same error.
 *
 * <pre>{@code
 * OneActiveReturn.check(store.returns(), candidate);   // in a store's save, before it writes
 * }</pre>
 */
public final class OneActiveReturn {
    /** The catalogue entry of a violation, {@link RepatriationError#ACTIVE_EXISTS}, always raised as a {@link ConflictException}. */
    public static final RepatriationError CODE = RepatriationError.ACTIVE_EXISTS;

    private OneActiveReturn() {}

    /**
     * The stored record that saving {@code candidate} would duplicate, if any; never the candidate itself.
     *
     * @param returns the port to look in, inside the transaction that saves
     * @param candidate the return about to be saved
     * @return the record in the way, or empty when the candidate may be saved
     */
    public static Optional<Repatriation> clash(Repatriations returns, Repatriation candidate) {
        if (!candidate.state().active()) {
            return Optional.empty();
        }
        return returns.findActive(candidate.beneficiary())
                .filter(other -> !other.id().equals(candidate.id()));
    }

    /**
     * Refuses a candidate that would break the rule; what every store calls before it writes.
     *
     * @param returns the port to look in, inside the transaction that saves
     * @param candidate the return about to be saved
     * @throws ConflictException {@link #CODE}, naming the record in the way
     */
    public static void check(Repatriations returns, Repatriation candidate) {
        clash(returns, candidate).ifPresent(other -> {
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
        return RepatriationError.ACTIVE_EXISTS.conflict(RecordType.REPATRIATION, otherId);
    }
}
