package id.pulih.reintegration;

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
 * One active reintegration plan per person.
 *
 * <p>A case has one plan in force: services and follow-ups are added to it, and a new plan is made only after it is
 * closed. Every store checks it before it writes a plan; a database store also holds a unique index on it, whose
 * violation reads as the same error.
 *
 * <p>The plans of registrations merged into a survivor are the survivor's: the services ask the rule with every
 * registration of the case ({@code sameCase}), and refuse a merge that would give the case two active plans
 * ({@link #checkMerge}).
 *
 * <pre>{@code
 * OneActivePlan.check(store.plans(), candidate);   // in a store's save, before it writes
 * OneActivePlan.check(store.plans(), candidate, caseIds);   // in a service, for the whole case
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
        return clash(plans, candidate, List.of(candidate.beneficiary()));
    }

    /**
     * The stored active plan of the candidate's case under any of its registrations, if any; never the candidate.
     *
     * @param plans the port to look in, inside the transaction that saves
     * @param candidate the plan about to be saved
     * @param sameCase every registration of the candidate's case (the survivor and those merged into it); the
     *     candidate's own beneficiary is looked at whether it is listed or not
     * @return the record in the way, or empty when the candidate may be saved
     */
    public static Optional<ReintegrationPlan> clash(
            ReintegrationPlans plans, ReintegrationPlan candidate, Collection<BeneficiaryId> sameCase) {
        Checks.required(sameCase, "sameCase");
        if (!candidate.isActive()) {
            return Optional.empty();
        }
        Optional<ReintegrationPlan> own = plans.findActive(candidate.beneficiary())
                .filter(other -> !other.id().equals(candidate.id()));
        return own.isPresent()
                ? own
                : activeOf(plans, sameCase).filter(other -> !other.id().equals(candidate.id()));
    }

    /**
     * Refuses a candidate that would give the case a second active plan under any of its registrations.
     *
     * @param plans the port to look in, inside the transaction that saves
     * @param candidate the plan about to be saved
     * @param sameCase every registration of the candidate's case
     * @throws ConflictException {@link #CODE}, naming the record in the way
     */
    public static void check(
            ReintegrationPlans plans, ReintegrationPlan candidate, Collection<BeneficiaryId> sameCase) {
        clash(plans, candidate, sameCase).ifPresent(other -> {
            throw violation(other.id().toString());
        });
    }

    /**
     * The active plan of the case under any of these registrations (at most one while the rule holds).
     *
     * @param plans the port to look in
     * @param sameCase every registration of the case, the survivor first
     * @return the active plan, or empty
     */
    public static Optional<ReintegrationPlan> activeOf(ReintegrationPlans plans, Collection<BeneficiaryId> sameCase) {
        for (BeneficiaryId id : Checks.required(sameCase, "sameCase")) {
            Optional<ReintegrationPlan> active = plans.findActive(id);
            if (active.isPresent()) {
                return active;
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses to merge two cases that each have an active plan: merged, the case would have two plans in force.
     *
     * @param plans the port to look in, inside the transaction that merges
     * @param survivor every registration of the surviving case
     * @param merged every registration of the case merged into it
     * @throws RuleViolationException {@link ReintegrationError#MERGE_ACTIVE_PLANS}
     */
    public static void checkMerge(
            ReintegrationPlans plans, Collection<BeneficiaryId> survivor, Collection<BeneficiaryId> merged) {
        if (activeOf(plans, survivor).isPresent() && activeOf(plans, merged).isPresent()) {
            throw ReintegrationError.MERGE_ACTIVE_PLANS.violation();
        }
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
