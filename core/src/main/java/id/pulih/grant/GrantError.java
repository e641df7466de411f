package id.pulih.grant;

import id.pulih.shared.ConflictException;
import id.pulih.shared.ErrorCode;
import id.pulih.shared.IllegalTransitionException;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.PulihException;
import id.pulih.shared.RuleViolationException;

/**
 * The error codes of stimulus grants: schemes, awards, payments, batches, bank results and proposals.
 *
 * <p>Each entry is a stable code with the one exception type it is thrown as, its field and its default
 * English template; see {@link ErrorCode}.
 */
public enum GrantError implements ErrorCode.Defined {
    /** <code>scheme.amount</code> (InvalidValueException): expected an amount above Rp 0 */
    SCHEME_AMOUNT("scheme.amount", InvalidValueException.class, "amountPerPerson", "expected an amount above Rp 0"),
    /** <code>scheme.budget</code> (RuleViolationException): the budget of &#123;budget&#125; does not cover &#123;need&#125; (&#123;committed&#125; already awarded) */
    SCHEME_BUDGET(
            "scheme.budget",
            RuleViolationException.class,
            "",
            "the budget of {budget} does not cover {need} ({committed} already awarded)"),
    /** <code>payment.batch</code> (RuleViolationException): &#123;problem&#125; */
    PAYMENT_BATCH("payment.batch", RuleViolationException.class, "", "{problem}"),
    /** <code>payment.settlement</code> (RuleViolationException): a paid or rejected payment carries the bank's reference and date */
    PAYMENT_SETTLEMENT(
            "payment.settlement",
            RuleViolationException.class,
            "",
            "a paid or rejected payment carries the bank's reference and date"),
    /** <code>payment.rejection</code> (RuleViolationException): only a rejected payment has a rejection reason */
    PAYMENT_REJECTION(
            "payment.rejection", RuleViolationException.class, "", "only a rejected payment has a rejection reason"),
    /** <code>payment.batched</code> (RuleViolationException): only an approved payment not yet batched joins a batch */
    PAYMENT_BATCHED(
            "payment.batched",
            RuleViolationException.class,
            "",
            "only an approved payment not yet batched joins a batch"),
    /** <code>payment.transition</code> (IllegalTransitionException): payment cannot move from &#123;current&#125; to &#123;requested&#125; (allowed from &#123;current&#125;: &#123;allowed&#125;) */
    PAYMENT_TRANSITION(
            "payment.transition",
            IllegalTransitionException.class,
            "",
            "payment cannot move from {current} to {requested} (allowed from {current}: {allowed})"),
    /** <code>proposal.transition</code> (IllegalTransitionException): proposal cannot move from &#123;current&#125; to &#123;requested&#125; (allowed from &#123;current&#125;: &#123;allowed&#125;) */
    PROPOSAL_TRANSITION(
            "proposal.transition",
            IllegalTransitionException.class,
            "",
            "proposal cannot move from {current} to {requested} (allowed from {current}: {allowed})"),
    /** <code>batch.size</code> (InvalidValueException): a batch carries 1 to &#123;max&#125; payments */
    BATCH_SIZE("batch.size", InvalidValueException.class, "payments", "a batch carries 1 to {max} payments"),
    /** <code>batch.sent</code> (RuleViolationException): the batch was already sent on &#123;sentOn&#125; */
    BATCH_SENT("batch.sent", RuleViolationException.class, "", "the batch was already sent on {sentOn}"),
    /** <code>bankResult.reason</code> (InvalidValueException): &#123;problem&#125; */
    BANK_RESULT_REASON("bankResult.reason", InvalidValueException.class, "rejection", "{problem}"),
    /** <code>bankResult.status</code> (InvalidValueException): expected PAID/BERHASIL/SUKSES or REJECTED/GAGAL/DITOLAK */
    BANK_RESULT_STATUS(
            "bankResult.status",
            InvalidValueException.class,
            "status",
            "expected PAID/BERHASIL/SUKSES or REJECTED/GAGAL/DITOLAK"),
    /** <code>award.not-completed</code> (RuleViolationException): only participants who completed the programme receive the grant */
    AWARD_NOT_COMPLETED(
            "award.not-completed",
            RuleViolationException.class,
            "",
            "only participants who completed the programme receive the grant"),
    /** <code>award.exists</code> (ConflictException): the beneficiary already has an award in this scheme */
    AWARD_EXISTS("award.exists", ConflictException.class, "", "the beneficiary already has an award in this scheme"),
    /** <code>award.account-name</code> (RuleViolationException): the grant is paid into the participant's own account; the account holder's name differs from the beneficiary's */
    AWARD_ACCOUNT_NAME(
            "award.account-name",
            RuleViolationException.class,
            "",
            "the grant is paid into the participant's own account; the account holder's name differs from the beneficiary's"),
    /** <code>award.no-account</code> (RuleViolationException): the participant has no bank account on file; give the account, or put it on file with a correction */
    AWARD_NO_ACCOUNT(
            "award.no-account",
            RuleViolationException.class,
            "",
            "the participant has no bank account on file; give the account, or put it on file with a correction"),
    /** <code>award.case-closed</code> (RuleViolationException): the case &#123;case&#125; is closed; a grant is awarded and paid only while its case is open (reopen the case first) */
    AWARD_CASE_CLOSED(
            "award.case-closed",
            RuleViolationException.class,
            "",
            "the case {case} is closed; a grant is awarded and paid only while its case is open (reopen the case first)"),
    /** <code>award.case-merged</code> (RuleViolationException): the registration &#123;registration&#125; was merged into &#123;survivor&#125;; a grant is awarded and paid only to the surviving registration */
    AWARD_CASE_MERGED(
            "award.case-merged",
            RuleViolationException.class,
            "",
            "the registration {registration} was merged into {survivor}; a grant is awarded and paid only to the surviving registration"),
    /** <code>payment.not-rejected</code> (RuleViolationException): a payment is re-issued only after the bank rejected the last one */
    PAYMENT_NOT_REJECTED(
            "payment.not-rejected",
            RuleViolationException.class,
            "",
            "a payment is re-issued only after the bank rejected the last one"),
    /** <code>payment.active-exists</code> (ConflictException): the award already has a payment that was not rejected; an award is paid once */
    PAYMENT_ACTIVE_EXISTS(
            "payment.active-exists",
            ConflictException.class,
            "",
            "the award already has a payment that was not rejected; an award is paid once"),
    /** <code>proposal.not-paid</code> (RuleViolationException): a proposal for further help follows a grant that was paid */
    PROPOSAL_NOT_PAID(
            "proposal.not-paid",
            RuleViolationException.class,
            "",
            "a proposal for further help follows a grant that was paid"),
    /** <code>merge.awards</code> (RuleViolationException): both registrations hold an award of scheme &#123;scheme&#125;, and a scheme grants a person its amount once; they cannot be merged */
    MERGE_AWARDS(
            "merge.awards",
            RuleViolationException.class,
            "",
            "both registrations hold an award of scheme {scheme}, and a scheme grants a person its amount once; they cannot be merged");

    private final ErrorCode.Definition definition;

    GrantError(String code, Class<? extends PulihException> type, String field, String template) {
        this.definition = new ErrorCode.Definition(code, type, field, template);
    }

    @Override
    public ErrorCode.Definition definition() {
        return definition;
    }
}
