package id.pulih.repatriation;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.Nullable;
import id.pulih.shared.RecordType;
import id.pulih.shared.RuleViolationException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One return home under way per person.
 *
 * <p>A person goes home once at a time: while a return is planned or in transit, a second active return of the same
 * beneficiary is refused. Every store checks it before it writes a return; a database store also holds a unique
 * index on it, whose violation reads as the same error.
 *
 * <p>The returns of registrations merged into a survivor are the survivor's: the services ask the rule with every
 * registration of the case ({@code sameCase}), and refuse a merge that would give the person two returns under way
 * ({@link #checkMerge}).
 *
 * <pre>{@code
 * OneActiveReturn.check(store.returns(), candidate);   // in a store's save, before it writes
 * OneActiveReturn.check(store.returns(), candidate, caseIds);   // in a service, for the whole case
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
        return clash(returns, candidate, List.of(candidate.beneficiary()));
    }

    /**
     * The stored return under way of the candidate's person under any of its registrations, if any; never the
     * candidate.
     *
     * @param returns the port to look in, inside the transaction that saves
     * @param candidate the return about to be saved
     * @param sameCase every registration of the candidate's case (the survivor and those merged into it); the
     *     candidate's own beneficiary is looked at whether it is listed or not
     * @return the record in the way, or empty when the candidate may be saved
     */
    public static Optional<Repatriation> clash(
            Repatriations returns, Repatriation candidate, Collection<BeneficiaryId> sameCase) {
        Checks.required(sameCase, "sameCase");
        if (!candidate.state().active()) {
            return Optional.empty();
        }
        Optional<Repatriation> own = returns.findActive(candidate.beneficiary())
                .filter(other -> !other.id().equals(candidate.id()));
        return own.isPresent()
                ? own
                : activeOf(returns, sameCase).filter(other -> !other.id().equals(candidate.id()));
    }

    /**
     * Refuses a candidate that would give the person a second return under way under any of its registrations.
     *
     * @param returns the port to look in, inside the transaction that saves
     * @param candidate the return about to be saved
     * @param sameCase every registration of the candidate's case
     * @throws ConflictException {@link #CODE}, naming the record in the way
     */
    public static void check(Repatriations returns, Repatriation candidate, Collection<BeneficiaryId> sameCase) {
        clash(returns, candidate, sameCase).ifPresent(other -> {
            throw violation(other.id().toString());
        });
    }

    /**
     * The return under way of the person under any of these registrations (at most one while the rule holds).
     *
     * @param returns the port to look in
     * @param sameCase every registration of the case, the survivor first
     * @return the active return, or empty
     */
    public static Optional<Repatriation> activeOf(Repatriations returns, Collection<BeneficiaryId> sameCase) {
        for (BeneficiaryId id : Checks.required(sameCase, "sameCase")) {
            Optional<Repatriation> active = returns.findActive(id);
            if (active.isPresent()) {
                return active;
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses to merge two cases that each have a return under way: merged, the person would go home twice at once.
     *
     * @param returns the port to look in, inside the transaction that merges
     * @param survivor every registration of the surviving case
     * @param merged every registration of the case merged into it
     * @throws RuleViolationException {@link RepatriationError#MERGE_ACTIVE_RETURNS}
     */
    public static void checkMerge(
            Repatriations returns, Collection<BeneficiaryId> survivor, Collection<BeneficiaryId> merged) {
        if (activeOf(returns, survivor).isPresent() && activeOf(returns, merged).isPresent()) {
            throw RepatriationError.MERGE_ACTIVE_RETURNS.violation();
        }
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
