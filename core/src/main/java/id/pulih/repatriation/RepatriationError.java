package id.pulih.repatriation;

import id.pulih.shared.ConflictException;
import id.pulih.shared.ErrorCode;
import id.pulih.shared.IllegalTransitionException;
import id.pulih.shared.PulihException;
import id.pulih.shared.RuleViolationException;

/**
 * The error codes of returns home.
 *
 * <p>Each entry is a stable code with the one exception type it is thrown as, its field and its default
 * English template; see {@link ErrorCode}.
 */
public enum RepatriationError implements ErrorCode.Defined {
    /** <code>repatriation.handover</code> (RuleViolationException): a handed-over return has a handover date */
    HANDOVER("repatriation.handover", RuleViolationException.class, "", "a handed-over return has a handover date"),
    /** <code>repatriation.handover-date</code> (RuleViolationException): the handover cannot be before the departure on &#123;departedOn&#125; */
    HANDOVER_DATE(
            "repatriation.handover-date",
            RuleViolationException.class,
            "",
            "the handover cannot be before the departure on {departedOn}"),
    /** <code>repatriation.transition</code> (IllegalTransitionException): repatriation cannot move from &#123;current&#125; to &#123;requested&#125; (allowed from &#123;current&#125;: &#123;allowed&#125;) */
    TRANSITION(
            "repatriation.transition",
            IllegalTransitionException.class,
            "",
            "repatriation cannot move from {current} to {requested} (allowed from {current}: {allowed})"),
    /** <code>repatriation.active-exists</code> (ConflictException): a return is already under way for this beneficiary */
    ACTIVE_EXISTS(
            "repatriation.active-exists",
            ConflictException.class,
            "",
            "a return is already under way for this beneficiary"),
    /** <code>repatriation.under-way</code> (RuleViolationException): a return home is &#123;state&#125; for this stay; cancel it before a discharge or transfer */
    UNDER_WAY(
            "repatriation.under-way",
            RuleViolationException.class,
            "",
            "a return home is {state} for this stay; cancel it before a discharge or transfer"),
    /** <code>repatriation.no-stay</code> (RuleViolationException): a return starts from a shelter; the beneficiary has no open stay */
    NO_STAY(
            "repatriation.no-stay",
            RuleViolationException.class,
            "",
            "a return starts from a shelter; the beneficiary has no open stay"),
    /** <code>repatriation.destination-reason</code> (RuleViolationException): the destination &#123;destination&#125; is outside the origin regency &#123;origin&#125;; give the reason */
    DESTINATION_REASON(
            "repatriation.destination-reason",
            RuleViolationException.class,
            "",
            "the destination {destination} is outside the origin regency {origin}; give the reason"),
    /** <code>merge.active-returns</code> (RuleViolationException): both registrations have a return home under way, and a person goes home once at a time; cancel one of them before merging */
    MERGE_ACTIVE_RETURNS(
            "merge.active-returns",
            RuleViolationException.class,
            "",
            "both registrations have a return home under way, and a person goes home once at a time; cancel one of them before merging");

    private final ErrorCode.Definition definition;

    RepatriationError(String code, Class<? extends PulihException> type, String field, String template) {
        this.definition = new ErrorCode.Definition(code, type, field, template);
    }

    @Override
    public ErrorCode.Definition definition() {
        return definition;
    }
}
