package id.pulih.reintegration;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.FollowUpId;
import id.pulih.shared.IllegalTransitionException;
import id.pulih.shared.Nullable;
import id.pulih.shared.PlanId;
import id.pulih.shared.RiskFactor;
import id.pulih.shared.TextLimit;
import id.pulih.shared.Versioned;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A follow-up visit of a reintegration plan, scheduled a number of months after the handover home (1, 3, 6 and 12 by
 * default). The visit records the risk factors observed and the re-trafficking risk score they give, so that a case
 * drifting back towards its recruiters is seen in time.
 *
 * <p>Instances are immutable: each move returns the changed follow-up, which a service saves.
 */
public final class FollowUp implements Versioned<FollowUp> {
    /** The longest schedule: five years. */
    public static final int MAX_MONTHS = 60;

    private final FollowUpId id;
    private final BeneficiaryId beneficiary;
    private final PlanId plan;
    private final int monthsAfter;
    private final LocalDate dueOn;
    private final FollowUpStatus status;
    private final LocalDate visitedOn;
    private final Set<RiskFactor> observed;
    private final RiskScore score;
    private final String notes;
    private final String visitedBy;
    private final boolean noContact;
    private final long version;

    /**
     * Rebuilds a follow-up from storage, checking every part. Use {@link #schedule} for a new one.
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
    public FollowUp(
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
            long version) {
        this(
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
                false,
                version);
    }

    /**
     * Rebuilds a follow-up from storage, with its contact mark, checking every part.
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
     * @param noContact whether the beneficiary withdrew consent to follow-up contact while it was scheduled: it is
     *     then neither due nor visited
     * @param version the stored version
     */
    public FollowUp(
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
            boolean noContact,
            long version) {
        this.noContact = noContact;
        this.id = Checks.required(id, "followUpId");
        this.beneficiary = Checks.required(beneficiary, "beneficiary");
        this.plan = Checks.required(plan, "plan");
        if (monthsAfter < 1 || monthsAfter > MAX_MONTHS) {
            throw ReintegrationError.FOLLOWUP_MONTHS.invalid(MAX_MONTHS);
        }
        this.monthsAfter = monthsAfter;
        this.dueOn = Checks.required(dueOn, "dueOn");
        this.status = Checks.required(status, "followup.status");
        this.observed = Set.copyOf(Checks.required(observed, "observed"));
        this.notes = Checks.optionalText(notes, "notes", TextLimit.NOTE);
        this.visitedBy = visitedBy == null ? "" : visitedBy.strip();
        boolean visited = status == FollowUpStatus.VISITED;
        if (visited != (visitedOn != null) || visited != (score != null) || visited == this.visitedBy.isEmpty()) {
            throw ReintegrationError.FOLLOWUP_VISIT.violation();
        }
        this.visitedOn = visitedOn;
        this.score = score;
        this.version = version;
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
        if (noContact) {
            throw ReintegrationError.FOLLOWUP_NO_CONTACT.violation();
        }
        return with(
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
        return with(FollowUpStatus.CANCELLED, null, Set.of(), null, notes, "", version);
    }

    /**
     * Marks a scheduled visit not to contact (consent to follow-up contact withdrawn), or clears the mark (consent
     * given again).
     *
     * @param mark true to mark, false to clear
     * @return the follow-up, marked or not
     * @throws IllegalTransitionException {@code followup.transition} unless SCHEDULED
     */
    public FollowUp withNoContact(boolean mark) {
        requireScheduled(status);
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
                mark,
                version);
    }

    /**
     * Whether the beneficiary is not to be contacted for this visit: consent to follow-up contact was withdrawn while
     * it was scheduled. Such a visit is not due and cannot be recorded.
     *
     * @return true when marked
     */
    public boolean noContact() {
        return noContact;
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
     * @return true when still scheduled, to be contacted, and due before {@code today}
     */
    public boolean isOverdueOn(LocalDate today) {
        return status == FollowUpStatus.SCHEDULED && !noContact && dueOn.isBefore(today);
    }

    /**
     * The identifier.
     *
     * @return the id
     */
    public FollowUpId id() {
        return id;
    }

    /**
     * The case.
     *
     * @return the beneficiary
     */
    public BeneficiaryId beneficiary() {
        return beneficiary;
    }

    /**
     * The plan that scheduled it.
     *
     * @return the plan
     */
    public PlanId plan() {
        return plan;
    }

    /**
     * How many months after the schedule's start it falls.
     *
     * @return 1 to {@link #MAX_MONTHS}
     */
    public int monthsAfter() {
        return monthsAfter;
    }

    /**
     * When it is due.
     *
     * @return the date
     */
    public LocalDate dueOn() {
        return dueOn;
    }

    /**
     * The status.
     *
     * @return the status
     */
    public FollowUpStatus status() {
        return status;
    }

    /**
     * The risk factors observed at the visit.
     *
     * @return the factors, empty before the visit; unmodifiable
     */
    public Set<RiskFactor> observed() {
        return observed;
    }

    /**
     * Notes of the visit.
     *
     * @return the notes, without personal identifiers; may be empty
     */
    public String notes() {
        return notes;
    }

    /**
     * The officer who recorded the visit.
     *
     * @return the officer, empty before the visit
     */
    public String visitedBy() {
        return visitedBy;
    }

    @Override
    public long version() {
        return version;
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
        return with(status, visitedOn, observed, score, notes, visitedBy, newVersion);
    }

    /**
     * The one copy-on-change: a move changes the status and what the visit recorded; the schedule is kept. Every copy
     * still goes through the checking constructor.
     */
    private FollowUp with(
            FollowUpStatus newStatus,
            @Nullable LocalDate newVisitedOn,
            Set<RiskFactor> newObserved,
            @Nullable RiskScore newScore,
            @Nullable String newNotes,
            String newVisitedBy,
            long newVersion) {
        return new FollowUp(
                id,
                beneficiary,
                plan,
                monthsAfter,
                dueOn,
                newStatus,
                newVisitedOn,
                newObserved,
                newScore,
                newNotes,
                newVisitedBy,
                noContact,
                newVersion);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FollowUp other)) {
            return false;
        }
        return id.equals(other.id)
                && version == other.version
                && beneficiary.equals(other.beneficiary)
                && plan.equals(other.plan)
                && monthsAfter == other.monthsAfter
                && dueOn.equals(other.dueOn)
                && status == other.status
                && Objects.equals(visitedOn, other.visitedOn)
                && observed.equals(other.observed)
                && Objects.equals(score, other.score)
                && notes.equals(other.notes)
                && visitedBy.equals(other.visitedBy)
                && noContact == other.noContact;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    /** Shows the id, the case, the month, the status and the due date. */
    @Override
    public String toString() {
        return "FollowUp[" + id + ", " + beneficiary + ", month " + monthsAfter + ", " + status + ", due " + dueOn
                + ", v" + version + "]";
    }
}
