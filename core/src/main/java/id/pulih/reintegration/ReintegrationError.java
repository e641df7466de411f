package id.pulih.reintegration;

import id.pulih.access.AccessDeniedException;
import id.pulih.shared.ConflictException;
import id.pulih.shared.ErrorCode;
import id.pulih.shared.IllegalTransitionException;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.PulihException;
import id.pulih.shared.RuleViolationException;

/**
 * The error codes of reintegration: plans, planned services, referrals, follow-up visits and risk scores.
 *
 * <p>Each entry is a stable code with the one exception type it is thrown as, its field and its default
 * English template; see {@link ErrorCode}.
 */
public enum ReintegrationError implements ErrorCode.Defined {
    /** <code>risk.total</code> (InvalidValueException): the total must be the sum of the three dimensions, each 0 or more */
    RISK_TOTAL(
            "risk.total",
            InvalidValueException.class,
            "total",
            "the total must be the sum of the three dimensions, each 0 or more"),
    /** <code>risk.contributions</code> (InvalidValueException): the contributions must explain every point */
    RISK_CONTRIBUTIONS(
            "risk.contributions",
            InvalidValueException.class,
            "contributions",
            "the contributions must explain every point"),
    /** <code>risk.points</code> (InvalidValueException): a contribution adds at least 1 point */
    RISK_POINTS("risk.points", InvalidValueException.class, "points", "a contribution adds at least 1 point"),
    /** <code>service.delivery</code> (RuleViolationException): a delivered service has a delivery date */
    SERVICE_DELIVERY("service.delivery", RuleViolationException.class, "", "a delivered service has a delivery date"),
    /** <code>referral.open-exists</code> (RuleViolationException): &#123;problem&#125; */
    REFERRAL_OPEN_EXISTS("referral.open-exists", RuleViolationException.class, "", "{problem}"),
    /** <code>referral.service-status</code> (RuleViolationException): only a planned or started service can be referred; it is &#123;status&#125; */
    REFERRAL_SERVICE_STATUS(
            "referral.service-status",
            RuleViolationException.class,
            "",
            "only a planned or started service can be referred; it is {status}"),
    /** <code>referral.none</code> (RuleViolationException): the service &#123;service&#125; was never referred */
    REFERRAL_NONE("referral.none", RuleViolationException.class, "", "the service {service} was never referred"),
    /** <code>referral.transition</code> (IllegalTransitionException): referral cannot move from &#123;current&#125; to &#123;requested&#125; (allowed from &#123;current&#125;: &#123;allowed&#125;) */
    REFERRAL_TRANSITION(
            "referral.transition",
            IllegalTransitionException.class,
            "",
            "referral cannot move from {current} to {requested} (allowed from {current}: {allowed})"),
    /** <code>plan.goals</code> (RuleViolationException): a reintegration plan needs at least one goal */
    PLAN_GOALS("plan.goals", RuleViolationException.class, "", "a reintegration plan needs at least one goal"),
    /** <code>plan.service-id</code> (RuleViolationException): a service appears twice in the plan */
    PLAN_SERVICE_ID("plan.service-id", RuleViolationException.class, "", "a service appears twice in the plan"),
    /** <code>plan.closing</code> (RuleViolationException): a closed plan has a closing date */
    PLAN_CLOSING("plan.closing", RuleViolationException.class, "", "a closed plan has a closing date"),
    /** <code>service.not-planned</code> (RuleViolationException): a service joins a plan as PLANNED, unreferred */
    SERVICE_NOT_PLANNED(
            "service.not-planned", RuleViolationException.class, "", "a service joins a plan as PLANNED, unreferred"),
    /** <code>referral.not-pending</code> (RuleViolationException): a new referral is PENDING */
    REFERRAL_NOT_PENDING("referral.not-pending", RuleViolationException.class, "", "a new referral is PENDING"),
    /** <code>plan.no-such-service</code> (RuleViolationException): the service is not part of this plan */
    PLAN_NO_SUCH_SERVICE(
            "plan.no-such-service", RuleViolationException.class, "", "the service is not part of this plan"),
    /** <code>plan.closed</code> (RuleViolationException): the plan was closed on &#123;closedOn&#125;; make a new one */
    PLAN_CLOSED("plan.closed", RuleViolationException.class, "", "the plan was closed on {closedOn}; make a new one"),
    /** <code>followup.months</code> (InvalidValueException): expected 1 to &#123;max&#125; months */
    FOLLOWUP_MONTHS("followup.months", InvalidValueException.class, "monthsAfter", "expected 1 to {max} months"),
    /** <code>followup.visit</code> (RuleViolationException): a visited follow-up has a visit date, a score and a visitor; others none */
    FOLLOWUP_VISIT(
            "followup.visit",
            RuleViolationException.class,
            "",
            "a visited follow-up has a visit date, a score and a visitor; others none"),
    /** <code>followup.transition</code> (IllegalTransitionException): follow-up cannot move from &#123;current&#125; to &#123;requested&#125; (allowed from &#123;current&#125;: &#123;allowed&#125;) */
    FOLLOWUP_TRANSITION(
            "followup.transition",
            IllegalTransitionException.class,
            "",
            "follow-up cannot move from {current} to {requested} (allowed from {current}: {allowed})"),
    /** <code>service.transition</code> (IllegalTransitionException): service cannot move from &#123;current&#125; to &#123;requested&#125; (allowed from &#123;current&#125;: &#123;allowed&#125;) */
    SERVICE_TRANSITION(
            "service.transition",
            IllegalTransitionException.class,
            "",
            "service cannot move from {current} to {requested} (allowed from {current}: {allowed})"),
    /** <code>referral.answer</code> (RuleViolationException): an answered referral has an answer date */
    REFERRAL_ANSWER("referral.answer", RuleViolationException.class, "", "an answered referral has an answer date"),
    /** <code>referral.reason</code> (RuleViolationException): a rejected referral needs a reason */
    REFERRAL_REASON("referral.reason", RuleViolationException.class, "", "a rejected referral needs a reason"),
    /** <code>plan.case-status</code> (RuleViolationException): a reintegration plan is made for a case that is REPATRIATED or IN_REINTEGRATION; it is &#123;status&#125; */
    PLAN_CASE_STATUS(
            "plan.case-status",
            RuleViolationException.class,
            "",
            "a reintegration plan is made for a case that is REPATRIATED or IN_REINTEGRATION; it is {status}"),
    /** <code>plan.active-exists</code> (ConflictException): the beneficiary already has an active reintegration plan; add to it, or close it first */
    PLAN_ACTIVE_EXISTS(
            "plan.active-exists",
            ConflictException.class,
            "",
            "the beneficiary already has an active reintegration plan; add to it, or close it first"),
    /** <code>referral.consent</code> (RuleViolationException): &#123;problem&#125; */
    REFERRAL_CONSENT("referral.consent", RuleViolationException.class, "", "{problem}"),
    /** <code>referral.addressee</code> (AccessDeniedException): only the partner &#123;partner&#125; (or a national officer) answers this referral */
    REFERRAL_ADDRESSEE(
            "referral.addressee",
            AccessDeniedException.class,
            "",
            "only the partner {partner} (or a national officer) answers this referral"),
    /** <code>followup.before-plan</code> (RuleViolationException): the visit on &#123;visitedOn&#125; is before the plan was made on &#123;createdOn&#125; */
    FOLLOWUP_BEFORE_PLAN(
            "followup.before-plan",
            RuleViolationException.class,
            "",
            "the visit on {visitedOn} is before the plan was made on {createdOn}"),
    /** <code>referral.end</code> (RuleViolationException): a referral ended (COMPLETED, WITHDRAWN or EXPIRED) has an end date and a reason, any other none; this one is &#123;status&#125; */
    REFERRAL_END(
            "referral.end",
            RuleViolationException.class,
            "",
            "a referral ended (COMPLETED, WITHDRAWN or EXPIRED) has an end date and a reason, any other none; this one is {status}"),
    /** <code>referral.not-expired</code> (RuleViolationException): the referral period runs out on &#123;expiresOn&#125; */
    REFERRAL_NOT_EXPIRED(
            "referral.not-expired", RuleViolationException.class, "", "the referral period runs out on {expiresOn}"),
    /** <code>referral.period</code> (InvalidValueException): the referral period must be positive, at least one day */
    REFERRAL_PERIOD(
            "referral.period",
            InvalidValueException.class,
            "referralPeriod",
            "the referral period must be positive, at least one day"),
    /** <code>followup.no-contact</code> (RuleViolationException): the beneficiary withdrew consent to follow-up contact; record the consent again before a visit */
    FOLLOWUP_NO_CONTACT(
            "followup.no-contact",
            RuleViolationException.class,
            "",
            "the beneficiary withdrew consent to follow-up contact; record the consent again before a visit"),
    /** <code>plan.open-referrals</code> (RuleViolationException): &#123;problem&#125; */
    PLAN_OPEN_REFERRALS("plan.open-referrals", RuleViolationException.class, "", "{problem}"),
    /** <code>merge.active-plans</code> (RuleViolationException): both registrations have an active reintegration plan, and a case has one plan in force; close one of them before merging */
    MERGE_ACTIVE_PLANS(
            "merge.active-plans",
            RuleViolationException.class,
            "",
            "both registrations have an active reintegration plan, and a case has one plan in force; close one of them before merging");

    private final ErrorCode.Definition definition;

    ReintegrationError(String code, Class<? extends PulihException> type, String field, String template) {
        this.definition = new ErrorCode.Definition(code, type, field, template);
    }

    @Override
    public ErrorCode.Definition definition() {
        return definition;
    }
}
