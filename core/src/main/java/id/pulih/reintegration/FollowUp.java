package id.pulih.reintegration;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.FollowUpId;
import id.pulih.shared.IllegalTransitionException;
import id.pulih.shared.Nullable;
import id.pulih.shared.PlanId;
import id.pulih.shared.RiskFactor;
import id.pulih.shared.Versioned;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A follow-up visit of a reintegration plan, scheduled a number of months after the handover home (1, 3, 6 and 12 by
 * default). The visit records the risk factors observed and the re-trafficking risk score they give, so that a case
 * drifting back towards its recruiters is seen in time.
 *
 * @param id the identifier
 * @param beneficiary the case
 * @param plan the plan that scheduled it
 * @param monthsAfter how many months after the schedule's start it falls, 1 to 60
 * @param dueOn when it is due
 * @param status the status
 * @param visitedOn when the visit took place, or null
 * @param observed the risk factors observed at the visit, empty before it
 * @param score the risk score of the visit, or null before it
 * @param notes notes without personal identifiers, may be empty
 * @param visitedBy the officer who recorded the visit, empty before it
 * @param version the stored version
 */
public record FollowUp(
        FollowUpId id,
        BeneficiaryId beneficiary,
        PlanId plan,
        int monthsAfter,
        LocalDate dueOn,
        FollowUpStatus status,
        @Nullable LocalDate visitedOn,
        Set<RiskFactor> observed,
        @Nullable RiskScore score,
        String notes,
        String visitedBy,
        long version)
        implements Versioned<FollowUp> {
    /** The longest schedule: five years. */
    public static final int MAX_MONTHS = 60;

    /**
     * Checks every part.
     *
     * @param id the id
     * @param beneficiary the case
     * @param plan the plan
     * @param monthsAfter months after the start
     * @param dueOn the due date
     * @param status the status
     * @param visitedOn the visit date
     * @param observed the factors observed
     * @param score the score
     * @param notes the notes
     * @param visitedBy the visiting officer
     * @param version the version
     */
    public FollowUp {
        Checks.required(id, "followUpId");
        Checks.required(beneficiary, "beneficiary");
        Checks.required(plan, "plan");
        if (monthsAfter < 1 || monthsAfter > MAX_MONTHS) {
            throw ReintegrationError.FOLLOWUP_MONTHS.invalid(MAX_MONTHS);
        }
        Checks.required(dueOn, "dueOn");
        Checks.required(status, "followup.status");
        observed = Set.copyOf(Checks.required(observed, "observed"));
        notes = notes == null ? "" : notes.strip();
        visitedBy = visitedBy == null ? "" : visitedBy.strip();
        boolean visited = status == FollowUpStatus.VISITED;
        if (visited != (visitedOn != null) || visited != (score != null) || visited == visitedBy.isEmpty()) {
            throw ReintegrationError.FOLLOWUP_VISIT.violation();
        }
    }

    /**
     * Schedules a follow-up.
     *
     * @param beneficiary the case
     * @param plan the plan
     * @param start the date the schedule counts from (the handover home, or the plan's creation)
     * @param monthsAfter months after {@code start}, 1 to 60
     * @return the follow-up, SCHEDULED, at version 0
     */
    public static FollowUp schedule(BeneficiaryId beneficiary, PlanId plan, LocalDate start, int monthsAfter) {
        Checks.required(start, "start");
        return new FollowUp(
                FollowUpId.next(),
                beneficiary,
                plan,
                monthsAfter,
                start.plusMonths(monthsAfter),
                FollowUpStatus.SCHEDULED,
                null,
                Set.of(),
                null,
                "",
                "",
                0);
    }

    /**
     * Records the visit and scores the factors observed.
     *
     * @param on the visit date
     * @param factors the risk factors observed, may be empty
     * @param visitNotes notes, may be null
     * @param by the officer
     * @param policy the scoring policy
     * @return the follow-up, VISITED
     * @throws IllegalTransitionException {@code followup.transition} unless SCHEDULED
     */
    public FollowUp recordVisit(
            LocalDate on,
            Set<RiskFactor> factors,
            @Nullable String visitNotes,
            String by,
            RetraffickingRiskPolicy policy) {
        Checks.required(on, "visitedOn");
        Checks.required(factors, "observed");
        Checks.required(policy, "policy");
        requireScheduled(FollowUpStatus.VISITED);
        return new FollowUp(
                id,
                beneficiary,
                plan,
                monthsAfter,
                dueOn,
                FollowUpStatus.VISITED,
                on,
                factors,
                policy.score(factors),
                visitNotes,
                Checks.requiredText(by, "visitedBy"),
                version);
    }

    /**
     * Drops the follow-up because its plan closed.
     *
     * @return the follow-up, CANCELLED
     * @throws IllegalTransitionException {@code followup.transition} unless SCHEDULED
     */
    public FollowUp cancel() {
        requireScheduled(FollowUpStatus.CANCELLED);
        return new FollowUp(
                id,
                beneficiary,
                plan,
                monthsAfter,
                dueOn,
                FollowUpStatus.CANCELLED,
                null,
                Set.of(),
                null,
                notes,
                "",
                version);
    }

    private void requireScheduled(FollowUpStatus target) {
        if (status != FollowUpStatus.SCHEDULED) {
            throw ReintegrationError.FOLLOWUP_TRANSITION.transition(status, target, "none; only SCHEDULED moves");
        }
    }

    /**
     * Whether the visit is overdue on a date.
     *
     * @param today the date
     * @return true when still scheduled and due before {@code today}
     */
    public boolean isOverdueOn(LocalDate today) {
        return status == FollowUpStatus.SCHEDULED && dueOn.isBefore(today);
    }

    /**
     * When the visit took place.
     *
     * @return the date, or empty before it
     */
    public Optional<LocalDate> visit() {
        return Optional.ofNullable(visitedOn);
    }

    /**
     * The risk score of the visit.
     *
     * @return the score, or empty before the visit
     */
    public Optional<RiskScore> riskScore() {
        return Optional.ofNullable(score);
    }

    @Override
    public FollowUp withVersion(long newVersion) {
        return new FollowUp(
                id,
                beneficiary,
                plan,
                monthsAfter,
                dueOn,
                status,
                visitedOn,
                observed,
                score,
                notes,
                visitedBy,
                newVersion);
    }
}
