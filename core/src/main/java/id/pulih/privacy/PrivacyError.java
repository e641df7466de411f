package id.pulih.privacy;

import id.pulih.shared.ConflictException;
import id.pulih.shared.ErrorCode;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.PulihException;
import id.pulih.shared.RuleViolationException;

/**
 * The error codes of the privacy work: restricted and erased cases, data-subject requests, risk reviews, breaches
 * and retention.
 *
 * <p>Each entry is a stable code with the one exception type it is thrown as, its field and its default English
 * template; see {@link ErrorCode}.
 */
public enum PrivacyError implements ErrorCode.Defined {
    /** <code>case.restricted</code> (RuleViolationException): processing of the case is restricted ... */
    CASE_RESTRICTED(
            "case.restricted",
            RuleViolationException.class,
            "",
            "processing of the case is restricted at the person's request (UU PDP art. 11) since {since}; only the"
                    + " privacy service and oversight reach it until a supervisor lifts the restriction"),
    /** <code>case.erased</code> (RuleViolationException): the person's data were erased ... */
    CASE_ERASED(
            "case.erased",
            RuleViolationException.class,
            "",
            "the person's data were erased on {on} (UU PDP art. 8); the case is kept anonymised and is not processed"
                    + " any more"),
    /** <code>case.not-restricted</code> (RuleViolationException): the case is not restricted */
    CASE_NOT_RESTRICTED(
            "case.not-restricted", RuleViolationException.class, "", "processing of the case is not restricted"),
    /** <code>case.already-restricted</code> (ConflictException): the case is already restricted */
    CASE_ALREADY_RESTRICTED(
            "case.already-restricted",
            ConflictException.class,
            "",
            "processing of the case is already restricted since {since}"),
    /** <code>request.decided</code> (RuleViolationException): the request was already decided */
    REQUEST_DECIDED("request.decided", RuleViolationException.class, "", "the request was already decided: {decision}"),
    /** <code>request.exemption-required</code> (InvalidValueException): a refusal names its exemption */
    REQUEST_EXEMPTION_REQUIRED(
            "request.exemption-required",
            InvalidValueException.class,
            "exemption",
            "a request {decision} names the exemption it relies on (UU PDP art. 15(1) or, for access, art. 33)"),
    /** <code>request.exemption-kind</code> (InvalidValueException): the exemption does not apply to the kind */
    REQUEST_EXEMPTION_KIND(
            "request.exemption-kind",
            InvalidValueException.class,
            "exemption",
            "{exemption} ({article}) does not exempt a request of kind {kind}; it exempts {kinds}"),
    /** <code>request.exemption-granted</code> (InvalidValueException): a granted request names no exemption */
    REQUEST_EXEMPTION_GRANTED(
            "request.exemption-granted",
            InvalidValueException.class,
            "exemption",
            "a request granted in full relies on no exemption"),
    /** <code>request.received-future</code> (InvalidValueException): received after now */
    REQUEST_RECEIVED_FUTURE(
            "request.received-future",
            InvalidValueException.class,
            "receivedAt",
            "a request is recorded once received; {receivedAt} is after now ({now})"),
    /** <code>risk.no-score</code> (RuleViolationException): the follow-up has no score */
    RISK_NO_SCORE(
            "risk.no-score",
            RuleViolationException.class,
            "",
            "the follow-up has no risk score to object to; it is {status}"),
    /** <code>risk.under-review</code> (ConflictException): the score is already under review */
    RISK_UNDER_REVIEW(
            "risk.under-review",
            ConflictException.class,
            "",
            "the risk score is already under human review since {since}"),
    /** <code>risk.reviewed</code> (RuleViolationException): the review was already decided */
    RISK_REVIEWED("risk.reviewed", RuleViolationException.class, "", "the review was already decided: {decision}"),
    /** <code>breach.categories</code> (InvalidValueException): name at least one category of data */
    BREACH_CATEGORIES(
            "breach.categories",
            InvalidValueException.class,
            "categories",
            "name at least one category of the data that leaked (UU PDP art. 46(2)(a))"),
    /** <code>breach.discovered-future</code> (InvalidValueException): discovered after now */
    BREACH_DISCOVERED_FUTURE(
            "breach.discovered-future",
            InvalidValueException.class,
            "discoveredAt",
            "a breach is recorded once discovered; {discoveredAt} is after now ({now})"),
    /** <code>breach.notified</code> (ConflictException): the party was already notified */
    BREACH_NOTIFIED(
            "breach.notified", ConflictException.class, "", "the {party} were already notified of this breach at {at}"),
    /** <code>breach.notified-at</code> (InvalidValueException): notified before discovery or after now */
    BREACH_NOTIFIED_AT(
            "breach.notified-at",
            InvalidValueException.class,
            "notifiedAt",
            "a notification is sent between the discovery ({discoveredAt}) and now ({now}); it was {notifiedAt}"),
    /** <code>erasure.payment-in-flight</code> (RuleViolationException): a payment is in flight */
    ERASURE_PAYMENT_IN_FLIGHT(
            "erasure.payment-in-flight",
            RuleViolationException.class,
            "",
            "a stimulus payment of the case is {status}; wait for the bank's answer before erasing the person's data"),
    /** <code>retention.period</code> (InvalidValueException): the retention period is not positive */
    RETENTION_PERIOD(
            "retention.period",
            InvalidValueException.class,
            "period",
            "a retention period is positive in every part and at least a day, not {period}");

    private final ErrorCode.Definition definition;

    PrivacyError(String code, Class<? extends PulihException> type, String field, String template) {
        this.definition = new ErrorCode.Definition(code, type, field, template);
    }

    @Override
    public ErrorCode.Definition definition() {
        return definition;
    }
}
