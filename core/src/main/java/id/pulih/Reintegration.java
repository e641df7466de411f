package id.pulih;

import id.pulih.reintegration.DueFollowUp;
import id.pulih.reintegration.FollowUp;
import id.pulih.reintegration.PlanForm;
import id.pulih.reintegration.PlannedService;
import id.pulih.reintegration.PlannedServiceForm;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.reintegration.VisitForm;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.FollowUpId;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.PlanId;
import id.pulih.shared.ServiceId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reintegration (step 6): one active plan per case, with goals and services classified by the ATENSI components;
 * referrals of services to partner organisations (which then see that case, and nothing else); follow-up visits on a
 * schedule after the handover home, each scoring the risk of re-trafficking. Every method runs as the actor of the
 * {@link Desk} it came from, within that actor's jurisdiction; every change leaves exactly one audit entry.
 *
 * <pre>{@code
 * Reintegration r = pulih.as(officer).reintegration();
 * ReintegrationPlan plan = r.createPlan(PlanForm.of(id, "a steady income from a food stall"));
 * PlannedService jkn = r.addService(plan.id(), new PlannedServiceForm(ServiceType.PBI_JKN_ENROLMENT, null, null,
 *         OrganisationId.of("DINSOS-5202"), LocalDate.of(2020, 7, 1), Rupiah.ZERO));
 * r.refer(jkn.id(), OrganisationId.of("LKS-PANCA-KARSA"));          // needs consent to disclosure
 * FollowUp first = r.followUps(id).get(0);
 * r.recordVisit(first.id(), new VisitForm(LocalDate.of(2020, 4, 23), Set.of(RiskFactor.DEBT_TRAP), null));
 * List<DueFollowUp> due = r.followUpsDue();                          // highest risk first
 * }</pre>
 *
 * <p>Officers of a partner organisation may only answer referrals addressed to it, start and deliver the services it
 * provides, and record visits; the other changes belong to the government units ({@code access.partner}).
 */
public interface Reintegration {
    /**
     * Makes the plan of a case and schedules its follow-ups (by default 1, 3, 6 and 12 months after the handover
     * home, or after today when the case was never handed over). A REPATRIATED case moves to IN_REINTEGRATION.
     *
     * @param form the plan
     * @return the plan, ACTIVE, without services
     * @throws id.pulih.shared.RuleViolationException {@code plan.case-status} unless the case is REPATRIATED or
     *     IN_REINTEGRATION
     * @throws id.pulih.shared.ConflictException {@code plan.active-exists} when the case has an active plan
     */
    ReintegrationPlan createPlan(PlanForm form);

    /**
     * Adds a service to an active plan.
     *
     * @param plan the plan
     * @param form the service
     * @return the new service, PLANNED
     * @throws id.pulih.shared.RuleViolationException {@code plan.closed}
     */
    PlannedService addService(PlanId plan, PlannedServiceForm form);

    /**
     * Starts a planned service.
     *
     * @param service the service
     * @return the service, IN_PROGRESS
     * @throws id.pulih.shared.IllegalTransitionException {@code service.transition} unless PLANNED
     */
    PlannedService startService(ServiceId service);

    /**
     * Records a started service as delivered. Its open referral ends with it (COMPLETED when accepted, WITHDRAWN when
     * still pending): the partner's access for it ends at once.
     *
     * @param service the service
     * @param on the delivery date, not in the future
     * @return the service, DELIVERED
     * @throws id.pulih.shared.IllegalTransitionException {@code service.transition} unless IN_PROGRESS
     * @throws id.pulih.shared.InvalidValueException {@code date.future}
     */
    PlannedService deliverService(ServiceId service, LocalDate on);

    /**
     * Cancels a service that is planned or in progress; its open referral is WITHDRAWN with it, and the partner no
     * longer sees the case for it.
     *
     * @param service the service
     * @param reason why, required
     * @return the service, CANCELLED
     * @throws id.pulih.shared.IllegalTransitionException {@code service.transition} when delivered or cancelled
     */
    PlannedService cancelService(ServiceId service, String reason);

    /**
     * Refers a service to a partner organisation, which may then see the case. The beneficiary's consent to
     * disclosure to partners ({@code DISCLOSURE_TO_PARTNERS}) must be on file today.
     *
     * @param service the service, planned or in progress
     * @param partner the partner organisation
     * @return the service, with a PENDING referral
     * @throws id.pulih.shared.RuleViolationException {@code referral.consent} without consent; {@code
     *     referral.open-exists} while another referral is pending or accepted; {@code referral.service-status}
     */
    PlannedService refer(ServiceId service, OrganisationId partner);

    /**
     * Refers a service without the beneficiary's consent to disclosure, on a supervisor's recorded reason (for
     * example an emergency referral to a hospital). Supervisors only; with consent on file, use {@link #refer}.
     *
     * @param service the service
     * @param partner the partner organisation
     * @param overrideReason why the case is disclosed without consent, required
     * @return the service, with a PENDING referral recording the override
     * @throws id.pulih.shared.RuleViolationException {@code referral.consent} when the actor is not a supervisor or
     *     gives no reason
     */
    PlannedService referWithOverride(ServiceId service, OrganisationId partner, String overrideReason);

    /**
     * The partner accepts the pending referral of a service, and becomes its provider. Officers of that partner, or
     * national officers.
     *
     * @param service the service
     * @return the service, its referral ACCEPTED
     * @throws id.pulih.access.AccessDeniedException {@code referral.addressee} for anyone else
     * @throws id.pulih.shared.IllegalTransitionException {@code referral.transition} unless pending
     */
    PlannedService acceptReferral(ServiceId service);

    /**
     * The partner rejects the pending referral of a service, with a reason; it then no longer sees the case (unless
     * another referral is open to it). Officers of that partner, or national officers.
     *
     * @param service the service
     * @param reason why, required
     * @return the service, its referral REJECTED
     * @throws id.pulih.access.AccessDeniedException {@code referral.addressee} for anyone else
     * @throws id.pulih.shared.IllegalTransitionException {@code referral.transition} unless pending
     */
    PlannedService rejectReferral(ServiceId service, String reason);

    /**
     * Withdraws the open referral of a service before the partner delivers it (the service stays as it is and may be
     * referred again): the partner no longer sees the case for it, at once. Government units, or an officer of the
     * partner the referral is addressed to.
     *
     * <p>Referrals also end by themselves: with their service (delivered, cancelled), their plan or case closing, the
     * beneficiary withdrawing consent to disclosure, and the referral period ({@code Pulih.builder().referralPeriod},
     * 180 days by default) running out: an expired referral stops opening the case on that day, and the next change
     * of its plan records it as EXPIRED, listed in that change's audit entry.
     *
     * @param service the service
     * @param reason why, required
     * @return the service, its referral WITHDRAWN
     * @throws id.pulih.shared.RuleViolationException {@code referral.none} when the service was never referred
     * @throws id.pulih.shared.IllegalTransitionException {@code referral.transition} unless its latest referral is
     *     pending or accepted
     * @throws id.pulih.access.AccessDeniedException {@code access.partner} for another partner
     */
    PlannedService withdrawReferral(ServiceId service, String reason);

    /**
     * Records a follow-up visit and scores the risk factors observed with the
     * {@link id.pulih.reintegration.RetraffickingRiskPolicy}.
     *
     * @param followUp the follow-up, SCHEDULED
     * @param form the visit
     * @return the follow-up, VISITED, with its score
     * @throws id.pulih.shared.IllegalTransitionException {@code followup.transition} unless SCHEDULED
     * @throws id.pulih.shared.RuleViolationException {@code followup.before-plan} for a visit before the plan
     */
    FollowUp recordVisit(FollowUpId followUp, VisitForm form);

    /**
     * Closes a plan, cancels its SCHEDULED follow-ups and withdraws its open referrals, in one transaction listed in
     * the one audit entry; a new plan may then be made. Supervisors only. (Closing the case itself, with an outcome,
     * is {@link Cases#close}, which closes the active plan the same way.)
     *
     * @param plan the plan
     * @param reason why, required
     * @return the plan, CLOSED
     * @throws id.pulih.shared.RuleViolationException {@code plan.closed} when already closed
     */
    ReintegrationPlan closePlan(PlanId plan, String reason);

    /**
     * The active plan of a case.
     *
     * @param beneficiary the case
     * @return the plan, or empty
     */
    Optional<ReintegrationPlan> plan(BeneficiaryId beneficiary);

    /**
     * Every follow-up of a case, earliest due first.
     *
     * @param beneficiary the case
     * @return the follow-ups
     */
    List<FollowUp> followUps(BeneficiaryId beneficiary);

    /**
     * The follow-ups overdue or due within the next 7 days, of the open cases within the actor's jurisdiction,
     * highest risk first (then earliest due); visits marked not to contact (consent to follow-up contact withdrawn)
     * are left out. A case's risk is the score of its latest visit, else the score of its
     * latest assessment's risk factors.
     *
     * @return the follow-ups due
     */
    List<DueFollowUp> followUpsDue();
}
