package id.pulih.beneficiary;

import id.pulih.access.AccessDeniedException;
import id.pulih.shared.ConflictException;
import id.pulih.shared.ErrorCode;
import id.pulih.shared.IllegalTransitionException;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.PulihException;
import id.pulih.shared.RuleViolationException;

/**
 * The error codes of cases: registration, status, consent, birth dates and potential duplicates.
 *
 * <p>Each entry is a stable code with the one exception type it is thrown as, its field and its default
 * English template; see {@link ErrorCode}.
 */
public enum BeneficiaryError implements ErrorCode.Defined {
    /** <code>case.outcome</code> (RuleViolationException): &#123;problem&#125; */
    CASE_OUTCOME("case.outcome", RuleViolationException.class, "", "{problem}"),
    /** <code>case.closed</code> (RuleViolationException): the case is closed; reopen it &#123;before&#125; */
    CASE_CLOSED("case.closed", RuleViolationException.class, "", "the case is closed; reopen it {before}"),
    /** <code>case.not-closed</code> (RuleViolationException): only a closed case can be reopened; it is &#123;status&#125; */
    CASE_NOT_CLOSED(
            "case.not-closed", RuleViolationException.class, "", "only a closed case can be reopened; it is {status}"),
    /** <code>duplicate.self</code> (RuleViolationException): &#123;problem&#125; */
    DUPLICATE_SELF("duplicate.self", RuleViolationException.class, "", "{problem}"),
    /** <code>case.merged</code> (RuleViolationException): this record was merged into &#123;survivor&#125;; change the survivor instead */
    CASE_MERGED(
            "case.merged",
            RuleViolationException.class,
            "",
            "this record was merged into {survivor}; change the survivor instead"),
    /** <code>duplicate.resolution</code> (RuleViolationException): &#123;problem&#125; */
    DUPLICATE_RESOLUTION("duplicate.resolution", RuleViolationException.class, "", "{problem}"),
    /** <code>duplicate.resolved</code> (RuleViolationException): this duplicate was already resolved as &#123;status&#125; */
    DUPLICATE_RESOLVED(
            "duplicate.resolved", RuleViolationException.class, "", "this duplicate was already resolved as {status}"),
    /** <code>case.transition</code> (IllegalTransitionException): case cannot move from &#123;current&#125; to &#123;requested&#125; (allowed from &#123;current&#125;: &#123;allowed&#125;) */
    CASE_TRANSITION(
            "case.transition",
            IllegalTransitionException.class,
            "",
            "case cannot move from {current} to {requested} (allowed from {current}: {allowed})"),
    /** <code>consent.expiry</code> (InvalidValueException): the expiry must be after the date given */
    CONSENT_EXPIRY(
            "consent.expiry", InvalidValueException.class, "expiresOn", "the expiry must be after the date given"),
    /** <code>birth.range</code> (InvalidValueException): expected a year of birth from 1900 */
    BIRTH_RANGE("birth.range", InvalidValueException.class, "birthDate", "expected a year of birth from 1900"),
    /** <code>birth.estimate</code> (InvalidValueException): an estimated date is 1 January of the year */
    BIRTH_ESTIMATE(
            "birth.estimate", InvalidValueException.class, "birthDate", "an estimated date is 1 January of the year"),
    /** <code>beneficiary.nik-registered</code> (ConflictException): this NIK is already registered; one person, one case: use the existing case */
    NIK_REGISTERED(
            "beneficiary.nik-registered",
            ConflictException.class,
            "",
            "this NIK is already registered; one person, one case: use the existing case"),
    /** <code>case.open-stay</code> (RuleViolationException): the beneficiary is still in a shelter; discharge the stay before closing */
    CASE_OPEN_STAY(
            "case.open-stay",
            RuleViolationException.class,
            "",
            "the beneficiary is still in a shelter; discharge the stay before closing"),
    /** <code>case.return-under-way</code> (RuleViolationException): a return home is under way; hand it over or cancel it before closing */
    CASE_RETURN_UNDER_WAY(
            "case.return-under-way",
            RuleViolationException.class,
            "",
            "a return home is under way; hand it over or cancel it before closing"),
    /** <code>case.payment-in-flight</code> (RuleViolationException): a stimulus payment of the case is &#123;status&#125;; wait for the bank's answer before closing */
    CASE_PAYMENT_IN_FLIGHT(
            "case.payment-in-flight",
            RuleViolationException.class,
            "",
            "a stimulus payment of the case is {status}; wait for the bank's answer before closing"),
    /** <code>closure.pending-exists</code> (ConflictException): a request to close this case is waiting for a supervisor; approve or return it first */
    CLOSURE_PENDING_EXISTS(
            "closure.pending-exists",
            ConflictException.class,
            "",
            "a request to close this case is waiting for a supervisor; approve or return it first"),
    /** <code>merge.closure-requests</code> (RuleViolationException): both registrations have a pending request to close them, and a case has one; decide one of them before merging */
    MERGE_CLOSURE_REQUESTS(
            "merge.closure-requests",
            RuleViolationException.class,
            "",
            "both registrations have a pending request to close them, and a case has one; decide one of them before merging"),
    /** <code>closure.none</code> (RuleViolationException): no request to close this case is waiting for a decision */
    CLOSURE_NONE(
            "closure.none",
            RuleViolationException.class,
            "",
            "no request to close this case is waiting for a decision"),
    /** <code>closure.four-eyes</code> (AccessDeniedException): the officer who requested the closure cannot decide it; another supervisor does */
    CLOSURE_FOUR_EYES(
            "closure.four-eyes",
            AccessDeniedException.class,
            "",
            "the officer who requested the closure cannot decide it; another supervisor does"),
    /** <code>closure.decision</code> (RuleViolationException): &#123;problem&#125; */
    CLOSURE_DECISION("closure.decision", RuleViolationException.class, "", "{problem}"),
    /** <code>duplicate.survivor</code> (RuleViolationException): the survivor must be one of the two registrations of the pair */
    DUPLICATE_SURVIVOR(
            "duplicate.survivor",
            RuleViolationException.class,
            "",
            "the survivor must be one of the two registrations of the pair"),
    /** <code>beneficiary.unknown</code> (InvalidValueException): no case is registered with this NIK */
    UNKNOWN("beneficiary.unknown", InvalidValueException.class, "nik", "no case is registered with this NIK"),
    /** <code>birth.year-format</code> (InvalidValueException): expected a year such as 1990 */
    BIRTH_YEAR_FORMAT(
            "birth.year-format", InvalidValueException.class, "estimatedBirthYear", "expected a year such as 1990"),
    /** <code>duplicate.threshold</code> (InvalidValueException): expected a duplicate threshold above 0 and at most 1, found &#123;value&#125; */
    DUPLICATE_THRESHOLD(
            "duplicate.threshold",
            InvalidValueException.class,
            "duplicateThreshold",
            "expected a duplicate threshold above 0 and at most 1, found {value}"),
    /** <code>duplicate.score</code> (InvalidValueException): &#123;problem&#125; */
    DUPLICATE_SCORE("duplicate.score", InvalidValueException.class, "score", "{problem}"),
    /** <code>origin.level</code> (InvalidValueException): expected at least the regency (for example 52.02) */
    ORIGIN_LEVEL(
            "origin.level",
            InvalidValueException.class,
            "originRegion",
            "expected at least the regency (for example 52.02)"),
    /** <code>nik.sex-mismatch</code> (InvalidValueException): the NIK encodes the other sex than the one declared */
    NIK_SEX_MISMATCH(
            "nik.sex-mismatch",
            InvalidValueException.class,
            "nik",
            "the NIK encodes the other sex than the one declared"),
    /** <code>nik.birthdate-mismatch</code> (InvalidValueException): the NIK encodes another birth date than the one declared */
    NIK_BIRTHDATE_MISMATCH(
            "nik.birthdate-mismatch",
            InvalidValueException.class,
            "nik",
            "the NIK encodes another birth date than the one declared"),
    /** <code>nik.province-mismatch</code> (InvalidValueException): the NIK was issued in province &#123;nikProvince&#125;, the case's origin is in &#123;originProvince&#125; */
    NIK_PROVINCE_MISMATCH(
            "nik.province-mismatch",
            InvalidValueException.class,
            "nik",
            "the NIK was issued in province {nikProvince}, the case's origin is in {originProvince}"),
    /** <code>nik.mismatch-explained</code> (InvalidValueException): the NIK disagrees with the record; explain why in the reason, or correct the record first */
    NIK_MISMATCH_EXPLAINED(
            "nik.mismatch-explained",
            InvalidValueException.class,
            "mismatchExplained",
            "the NIK disagrees with the record; explain why in the reason, or correct the record first"),
    /** <code>nik.on-file</code> (RuleViolationException): the case already holds a NIK; a NIK is attached only to a case without one */
    NIK_ON_FILE(
            "nik.on-file",
            RuleViolationException.class,
            "",
            "the case already holds a NIK; a NIK is attached only to a case without one"),
    /** <code>account.incomplete</code> (InvalidValueException): give both the bank and the account number, or neither */
    ACCOUNT_INCOMPLETE(
            "account.incomplete",
            InvalidValueException.class,
            "bankCode",
            "give both the bank and the account number, or neither"),
    /** <code>correction.none</code> (RuleViolationException): the correction changes nothing on the record */
    CORRECTION_NONE(
            "correction.none", RuleViolationException.class, "", "the correction changes nothing on the record"),
    /** <code>correction.remove-field</code> (InvalidValueException): &#123;what&#125; cannot be removed; only the phone, the No. KK and the bank account on file can */
    CORRECTION_REMOVE_FIELD(
            "correction.remove-field",
            InvalidValueException.class,
            "removed",
            "{what} cannot be removed; only the phone, the No. KK and the bank account on file can"),
    /** <code>correction.remove-and-set</code> (InvalidValueException): &#123;what&#125; is either removed or given a new value, not both */
    CORRECTION_REMOVE_AND_SET(
            "correction.remove-and-set",
            InvalidValueException.class,
            "removed",
            "{what} is either removed or given a new value, not both");

    private final ErrorCode.Definition definition;

    BeneficiaryError(String code, Class<? extends PulihException> type, String field, String template) {
        this.definition = new ErrorCode.Definition(code, type, field, template);
    }

    @Override
    public ErrorCode.Definition definition() {
        return definition;
    }
}
