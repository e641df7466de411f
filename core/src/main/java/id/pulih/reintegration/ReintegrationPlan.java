package id.pulih.reintegration;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.Nullable;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.PlanId;
import id.pulih.shared.RuleViolationException;
import id.pulih.shared.Rupiah;
import id.pulih.shared.ServiceId;
import id.pulih.shared.TextLimit;
import id.pulih.shared.Versioned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A reintegration plan: the goals agreed with the beneficiary after return and the services that lead there, until
 * the person is self-reliant and no longer at risk.
 *
 * <p>A case has at most one ACTIVE plan (the service checks it, the store enforces it). While active, services are
 * added and move PLANNED, IN_PROGRESS, DELIVERED, or are CANCELLED with a reason ({@link ServiceStatus}); a service may
 * be referred to a partner organisation, which accepts it (and becomes its provider) or rejects it with a reason. A
 * closed plan changes no more.
 *
 * <p>Instances are immutable: each rule-enforcing method returns the changed plan, which a service saves.
 */
public final class ReintegrationPlan implements Versioned<ReintegrationPlan> {
    private final PlanId id;
    private final BeneficiaryId beneficiary;
    private final List<String> goals;
    private final List<PlannedService> services;
    private final PlanStatus status;
    private final LocalDate createdOn;
    private final String createdBy;
    private final LocalDate closedOn;
    private final String closeReason;
    private final long version;

    /**
     * Rebuilds a plan from storage, checking its invariants. Use {@link #create} for a new one.
     *
     * @param id the identifier
     * @param beneficiary the case
     * @param goals the goals, at least one
     * @param services the services, in the order they were added
     * @param status the status
     * @param createdOn when it was made
     * @param createdBy who made it
     * @param closedOn when it was closed, or null while active
     * @param closeReason why it was closed, empty while active
     * @param version the stored version
     */
    public ReintegrationPlan(
            PlanId id,
            BeneficiaryId beneficiary,
            List<String> goals,
            List<PlannedService> services,
            PlanStatus status,
            LocalDate createdOn,
            String createdBy,
            @Nullable LocalDate closedOn,
            String closeReason,
            long version) {
        this.id = Checks.required(id, "planId");
        this.beneficiary = Checks.required(beneficiary, "beneficiary");
        List<String> stripped = new ArrayList<>();
        for (String goal : Checks.required(goals, "goals")) {
            stripped.add(Checks.requiredText(goal, "goal", TextLimit.DETAIL));
        }
        if (stripped.isEmpty()) {
            throw ReintegrationError.PLAN_GOALS.violation();
        }
        this.goals = List.copyOf(stripped);
        this.services = List.copyOf(Checks.required(services, "services"));
        Set<ServiceId> ids = new LinkedHashSet<>();
        for (PlannedService s : this.services) {
            if (!ids.add(s.id())) {
                throw ReintegrationError.PLAN_SERVICE_ID.violation();
            }
        }
        this.status = Checks.required(status, "plan.status");
        this.createdOn = Checks.required(createdOn, "createdOn");
        this.createdBy = Checks.requiredText(createdBy, "createdBy");
        if ((status == PlanStatus.CLOSED) != (closedOn != null)) {
            throw ReintegrationError.PLAN_CLOSING.violation();
        }
        this.closedOn = closedOn;
        this.closeReason = Checks.optionalText(closeReason, "reason", TextLimit.REASON);
        if (status == PlanStatus.CLOSED
                && this.services.stream().anyMatch(s -> s.openReferral().isPresent())) {
            throw ReintegrationError.PLAN_OPEN_REFERRALS.violation(
                    "a closed plan has no open referral; its referrals end when it closes");
        }
        this.version = version;
    }

    /**
     * Makes a new, active plan without services.
     *
     * @param beneficiary the case
     * @param goals the goals, at least one
     * @param on the date
     * @param by the officer
     * @return the plan, at version 0
     */
    public static ReintegrationPlan create(BeneficiaryId beneficiary, List<String> goals, LocalDate on, String by) {
        return new ReintegrationPlan(
                PlanId.next(), beneficiary, goals, List.of(), PlanStatus.ACTIVE, on, by, null, "", 0);
    }

    /**
     * Adds a service.
     *
     * @param service the service, PLANNED
     * @return the changed plan
     * @throws RuleViolationException {@code plan.closed}; {@code service.not-planned} for a service in another status
     */
    public ReintegrationPlan addService(PlannedService service) {
        Checks.required(service, "service");
        requireActive();
        if (service.status() != ServiceStatus.PLANNED || !service.referrals().isEmpty()) {
            throw ReintegrationError.SERVICE_NOT_PLANNED.violation();
        }
        List<PlannedService> more = new ArrayList<>(services);
        more.add(service);
        return withServices(more);
    }

    /**
     * Starts a planned service.
     *
     * @param service the service
     * @return the changed plan
     * @throws id.pulih.shared.IllegalTransitionException {@code service.transition} unless PLANNED
     */
    public ReintegrationPlan startService(ServiceId service) {
        return change(service, PlannedService::start);
    }

    /**
     * Records a started service as delivered.
     *
     * @param service the service
     * @param on the delivery date
     * @return the changed plan
     * @throws id.pulih.shared.IllegalTransitionException {@code service.transition} unless IN_PROGRESS
     */
    public ReintegrationPlan deliverService(ServiceId service, LocalDate on) {
        return change(service, s -> s.deliver(on));
    }

    /**
     * Cancels a service not delivered yet.
     *
     * @param service the service
     * @param reason why, required
     * @return the changed plan
     * @throws id.pulih.shared.IllegalTransitionException {@code service.transition} when delivered or cancelled
     */
    public ReintegrationPlan cancelService(ServiceId service, String reason) {
        return change(service, s -> s.cancel(null, reason));
    }

    /**
     * Cancels a service not delivered yet, on a date: its open referral, if any, is WITHDRAWN that day.
     *
     * @param service the service
     * @param on when
     * @param reason why, required
     * @return the changed plan
     * @throws id.pulih.shared.IllegalTransitionException {@code service.transition} when delivered or cancelled
     */
    public ReintegrationPlan cancelService(ServiceId service, LocalDate on, String reason) {
        Checks.required(on, "cancelledOn");
        return change(service, s -> s.cancel(on, reason));
    }

    /**
     * Withdraws the open referral of a service (the service stays as it is; it may be referred again).
     *
     * @param service the service
     * @param on when
     * @param reason why, required
     * @return the changed plan
     * @throws RuleViolationException {@code referral.none} when the service was never referred
     * @throws id.pulih.shared.IllegalTransitionException {@code referral.transition} unless its latest referral is
     *     pending or accepted
     */
    public ReintegrationPlan withdrawReferral(ServiceId service, LocalDate on, String reason) {
        return change(service, s -> {
            s.latestReferral().status().requireEndable(ReferralStatus.WITHDRAWN);
            return s.withdrawReferral(on, reason);
        });
    }

    /**
     * Withdraws every open referral of the plan (when consent to disclosure is withdrawn, or the plan or case closes);
     * a plan without one is returned as it is.
     *
     * @param on when
     * @param reason why, required, at most {@link TextLimit#SUMMARY} characters
     * @return the changed plan, or this one
     */
    public ReintegrationPlan withdrawReferrals(LocalDate on, String reason) {
        Checks.required(on, "endedOn");
        Checks.requiredText(reason, "endReason", TextLimit.SUMMARY);
        return eachService(s -> s.withdrawReferral(on, reason));
    }

    /**
     * Records EXPIRED on every open referral whose period has passed by {@code today}; a plan without one is returned
     * as it is. An expired referral opens the case no more whether or not this was recorded ({@link
     * #partnersSeeing}); the services record it on their next write of the plan.
     *
     * @param today the date, in the engine's clock
     * @param period the referral period
     * @return the changed plan, or this one
     */
    public ReintegrationPlan expireReferrals(LocalDate today, java.time.Period period) {
        Checks.required(today, "today");
        Checks.required(period, "referralPeriod");
        return eachService(s -> s.expireReferral(today, period));
    }

    private ReintegrationPlan eachService(UnaryOperator<PlannedService> rule) {
        List<PlannedService> changed = new ArrayList<>(services.size());
        boolean any = false;
        for (PlannedService s : services) {
            PlannedService after = rule.apply(s);
            any |= after != s;
            changed.add(after);
        }
        return any ? withServices(changed) : this;
    }

    /**
     * What ended between an earlier state of this plan and this one: each referral open then and ended now, as
     * {@code "referral of TYPE to PARTNER STATUS"}, for audit summaries.
     *
     * @param before the plan as it was
     * @return the descriptions, in the order of the services; empty when none ended
     */
    public List<String> referralsEndedSince(ReintegrationPlan before) {
        Checks.required(before, "before");
        List<String> ended = new ArrayList<>();
        for (PlannedService s : services) {
            Optional<Referral> was = before.service(s.id()).flatMap(PlannedService::openReferral);
            if (was.isPresent() && s.openReferral().isEmpty()) {
                Referral now = s.referrals()
                        .get(before.service(s.id()).orElseThrow().referrals().size() - 1);
                ended.add("referral of " + s.type() + " to " + now.to() + " " + now.status());
            }
        }
        return ended;
    }

    /**
     * Refers a service to a partner organisation. Whether the disclosure is allowed (consent on file, or a
     * supervisor's override) is decided before, by the service that holds the case; the override is recorded here.
     *
     * @param service the service
     * @param referral the referral, PENDING
     * @return the changed plan
     * @throws RuleViolationException {@code referral.service-status} for a delivered or cancelled service, {@code
     *     referral.open-exists} while another referral of the service is pending or accepted
     */
    public ReintegrationPlan refer(ServiceId service, Referral referral) {
        Checks.required(referral, "referral");
        if (referral.status() != ReferralStatus.PENDING) {
            throw ReintegrationError.REFERRAL_NOT_PENDING.violation();
        }
        return change(service, s -> s.refer(referral));
    }

    /**
     * The partner accepts the pending referral of a service and becomes its provider.
     *
     * @param service the service
     * @param on when
     * @param by the partner's officer
     * @return the changed plan
     */
    public ReintegrationPlan acceptReferral(ServiceId service, LocalDate on, String by) {
        return change(service, s -> s.accept(on, by));
    }

    /**
     * The partner rejects the pending referral of a service, with a reason; the service may then be referred
     * elsewhere.
     *
     * @param service the service
     * @param on when
     * @param by the partner's officer
     * @param reason why, required
     * @return the changed plan
     */
    public ReintegrationPlan rejectReferral(ServiceId service, LocalDate on, String by, String reason) {
        return change(service, s -> s.reject(on, by, reason));
    }

    /**
     * Closes the plan; a new one may then be made for the case. Its open referrals are WITHDRAWN the same day.
     *
     * @param on when
     * @param reason why, required
     * @return the closed plan
     * @throws RuleViolationException {@code plan.closed} when already closed
     */
    public ReintegrationPlan close(LocalDate on, String reason) {
        Checks.required(on, "closedOn");
        String why = Checks.requiredText(reason, "reason", TextLimit.REASON);
        requireActive();
        ReintegrationPlan ended = withdrawReferrals(on, "plan closed: " + why);
        return new ReintegrationPlan(
                id, beneficiary, goals, ended.services, PlanStatus.CLOSED, createdOn, createdBy, on, why, version);
    }

    private ReintegrationPlan change(ServiceId serviceId, UnaryOperator<PlannedService> rule) {
        Checks.required(serviceId, "serviceId");
        requireActive();
        List<PlannedService> changed = new ArrayList<>(services);
        for (int i = 0; i < changed.size(); i++) {
            if (changed.get(i).id().equals(serviceId)) {
                changed.set(i, rule.apply(changed.get(i)));
                return withServices(changed);
            }
        }
        throw ReintegrationError.PLAN_NO_SUCH_SERVICE.violation();
    }

    private void requireActive() {
        if (status != PlanStatus.ACTIVE) {
            throw ReintegrationError.PLAN_CLOSED.violation(closedOn);
        }
    }

    private ReintegrationPlan withServices(List<PlannedService> changed) {
        return new ReintegrationPlan(
                id, beneficiary, goals, changed, status, createdOn, createdBy, closedOn, closeReason, version);
    }

    /**
     * One service of the plan.
     *
     * @param serviceId its id
     * @return the service, or empty when not in this plan
     */
    public Optional<PlannedService> service(ServiceId serviceId) {
        return services.stream().filter(s -> s.id().equals(serviceId)).findFirst();
    }

    /**
     * The partner organisations to which a service of this plan is referred, pending or accepted by status, whatever
     * the referral period; who sees the case is {@link #partnersSeeing}.
     *
     * @return the organisations
     */
    public Set<OrganisationId> partnersWithOpenReferrals() {
        Set<OrganisationId> partners = new LinkedHashSet<>();
        for (PlannedService s : services) {
            s.openReferral().ifPresent(r -> partners.add(r.to()));
        }
        return partners;
    }

    /**
     * The partner organisations this plan opens the case to on a date: while the plan is active, each partner with a
     * referral PENDING or ACCEPTED and within its period, and either consent to disclosure holding that day or the
     * referral made on a supervisor's override.
     *
     * @param today the date, in the engine's clock
     * @param period the referral period
     * @param disclosureConsented whether the beneficiary's consent to disclosure to partners holds {@code today}
     * @return the organisations, empty for a closed plan
     */
    public Set<OrganisationId> partnersSeeing(LocalDate today, java.time.Period period, boolean disclosureConsented) {
        Set<OrganisationId> partners = new LinkedHashSet<>();
        if (!isActive()) {
            return partners;
        }
        for (PlannedService s : services) {
            s.openReferral()
                    .filter(r -> r.opensCaseOn(today, period) && (disclosureConsented || r.consentOverridden()))
                    .ifPresent(r -> partners.add(r.to()));
        }
        return partners;
    }

    /**
     * The planned cost of the services not cancelled.
     *
     * @return the sum
     */
    public Rupiah plannedCost() {
        return Rupiah.sum(services.stream()
                .filter(s -> s.status() != ServiceStatus.CANCELLED)
                .map(PlannedService::cost)
                .toList());
    }

    /**
     * Whether the plan is active.
     *
     * @return true while active
     */
    public boolean isActive() {
        return status == PlanStatus.ACTIVE;
    }

    /**
     * The identifier.
     *
     * @return the id
     */
    public PlanId id() {
        return id;
    }

    /**
     * The case.
     *
     * @return the beneficiary's id
     */
    public BeneficiaryId beneficiary() {
        return beneficiary;
    }

    /**
     * The goals, in the order agreed.
     *
     * @return the goals
     */
    public List<String> goals() {
        return goals;
    }

    /**
     * The services, in the order they were added.
     *
     * @return the services
     */
    public List<PlannedService> services() {
        return services;
    }

    /**
     * The status.
     *
     * @return the status
     */
    public PlanStatus status() {
        return status;
    }

    /**
     * When the plan was made.
     *
     * @return the date
     */
    public LocalDate createdOn() {
        return createdOn;
    }

    /**
     * Who made the plan.
     *
     * @return the officer's id
     */
    public String createdBy() {
        return createdBy;
    }

    /**
     * When the plan was closed.
     *
     * @return the date, or empty while active
     */
    public Optional<LocalDate> closedOn() {
        return Optional.ofNullable(closedOn);
    }

    /**
     * Why the plan was closed.
     *
     * @return the reason, empty while active
     */
    public String closeReason() {
        return closeReason;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public ReintegrationPlan withVersion(long newVersion) {
        return new ReintegrationPlan(
                id, beneficiary, goals, services, status, createdOn, createdBy, closedOn, closeReason, newVersion);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReintegrationPlan other
                && id.equals(other.id)
                && version == other.version
                && beneficiary.equals(other.beneficiary)
                && goals.equals(other.goals)
                && services.equals(other.services)
                && status == other.status
                && createdOn.equals(other.createdOn)
                && createdBy.equals(other.createdBy)
                && Objects.equals(closedOn, other.closedOn)
                && closeReason.equals(other.closeReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    /** Shows the ids, status and number of services; never the goals, which may be personal. */
    @Override
    public String toString() {
        return "ReintegrationPlan[" + id + ", case " + beneficiary + ", " + status + ", " + services.size()
                + " service(s), v" + version + "]";
    }
}
