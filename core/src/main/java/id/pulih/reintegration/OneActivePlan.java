package id.pulih.reintegration;

import id.pulih.shared.ConflictException;
import id.pulih.shared.Nullable;
import id.pulih.shared.RecordType;
import java.util.Optional;

/**
 * One active reintegration plan per person.
 *
 * <p>A case has one plan in force: services and follow-ups are added to it, and a new plan is made only after it is
 * closed. Every store checks it before it writes a plan; a database store also holds a unique index on it, whose
 * violation reads as the same error.
 *
 * <pre>{@code
 * OneActivePlan.check(store.plans(), candidate);   // in a store's save, before it writes
 * }</pre>
 */
public final class OneActivePlan {
    /** The catalogue entry of a violation, {@link ReintegrationError#PLAN_ACTIVE_EXISTS}, always raised as a {@link ConflictException}. */
    public static final ReintegrationError CODE = ReintegrationError.PLAN_ACTIVE_EXISTS;

    private OneActivePlan() {}

    /**
     * The stored record that saving {@code candidate} would duplicate, if any; never the candidate itself.
     *
     * @param plans the port to look in, inside the transaction that saves
     * @param candidate the plan about to be saved
     * @return the record in the way, or empty when the candidate may be saved
     */
    public static Optional<ReintegrationPlan> clash(ReintegrationPlans plans, ReintegrationPlan candidate) {
        if (!candidate.isActive()) {
            return Optional.empty();
        }
        return plans.findActive(candidate.beneficiary())
                .filter(other -> !other.id().equals(candidate.id()));
    }

    /**
     * Refuses a candidate that would break the rule; what every store calls before it writes.
     *
     * @param plans the port to look in, inside the transaction that saves
     * @param candidate the plan about to be saved
     * @throws ConflictException {@link #CODE}, naming the record in the way
     */
    public static void check(ReintegrationPlans plans, ReintegrationPlan candidate) {
        clash(plans, candidate).ifPresent(other -> {
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
        return ReintegrationError.PLAN_ACTIVE_EXISTS.conflict(RecordType.REINTEGRATION_PLAN, otherId);
    }
}
