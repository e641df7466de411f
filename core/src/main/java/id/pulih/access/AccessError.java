package id.pulih.access;

import id.pulih.shared.ConflictException;
import id.pulih.shared.ErrorCode;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.PulihException;

/**
 * The error codes of access control: jurisdictions, roles, actors and break-the-glass grants.
 *
 * <p>Each entry is a stable code with the one exception type it is thrown as, its field and its default
 * English template; see {@link ErrorCode}.
 */
public enum AccessError implements ErrorCode.Defined {
    /** <code>actor.id.format</code> (InvalidValueException): expected 1 to 64 letters, digits, '.', '_', '-' or '&#64;' */
    ACTOR_ID_FORMAT(
            "actor.id.format",
            InvalidValueException.class,
            "actor.id",
            "expected 1 to 64 letters, digits, '.', '_', '-' or '@'"),
    /** <code>jurisdiction.level</code> (InvalidValueException): expected a &#123;level&#125; code&#123;example&#125; */
    JURISDICTION_LEVEL("jurisdiction.level", InvalidValueException.class, "region", "expected a {level} code{example}"),
    /** <code>jurisdiction.reference</code> (InvalidValueException): a national jurisdiction has no reference */
    JURISDICTION_REFERENCE(
            "jurisdiction.reference",
            InvalidValueException.class,
            "reference",
            "a national jurisdiction has no reference"),
    /** <code>grant.reason</code> (InvalidValueException): explain the emergency in at least 10 characters */
    GRANT_REASON(
            "grant.reason", InvalidValueException.class, "reason", "explain the emergency in at least 10 characters"),
    /** <code>grant.duration</code> (InvalidValueException): a grant lasts more than zero and at most 24 hours */
    GRANT_DURATION(
            "grant.duration",
            InvalidValueException.class,
            "duration",
            "a grant lasts more than zero and at most 24 hours"),
    /** <code>access.role</code> (AccessDeniedException): &#123;why&#125; */
    ROLE("access.role", AccessDeniedException.class, "", "{why}"),
    /** <code>access.denied</code> (AccessDeniedException): the &#123;what&#125; lies outside the jurisdiction &#123;jurisdiction&#125;&#123;hint&#125; */
    DENIED(
            "access.denied",
            AccessDeniedException.class,
            "",
            "the {what} lies outside the jurisdiction {jurisdiction}{hint}"),
    /** <code>access.identified</code> (AccessDeniedException): identifiers are disclosed whole only to a supervisor of a government unit; &#123;who&#125; gets them masked */
    IDENTIFIED(
            "access.identified",
            AccessDeniedException.class,
            "",
            "identifiers are disclosed whole only to a supervisor of a government unit; {who} gets them masked"),
    /** <code>case.elsewhere</code> (AccessDeniedException): the person is registered in another jurisdiction; a national officer can resolve the reference &#123;reference&#125; */
    ELSEWHERE(
            "case.elsewhere",
            AccessDeniedException.class,
            "nik",
            "the person is registered in another jurisdiction; a national officer can resolve the reference {reference}"),
    /** <code>reference.national</code> (AccessDeniedException): only a national officer resolves a reference, not &#123;jurisdiction&#125; */
    REFERENCE_NATIONAL(
            "reference.national",
            AccessDeniedException.class,
            "",
            "only a national officer resolves a reference, not {jurisdiction}"),
    /** <code>grant.partner</code> (AccessDeniedException): a partner organisation (&#123;organisation&#125;) sees the cases referred to it and cannot break the glass */
    GRANT_PARTNER(
            "grant.partner",
            AccessDeniedException.class,
            "",
            "a partner organisation ({organisation}) sees the cases referred to it and cannot break the glass"),
    /** <code>grant.active</code> (ConflictException): the officer holds a grant for this case in force then; a supervisor can renew it */
    GRANT_ACTIVE(
            "grant.active",
            ConflictException.class,
            "",
            "the officer holds a grant for this case in force then; a supervisor can renew it"),
    /** <code>grant.renewal</code> (AccessDeniedException): a grant is renewed by a supervisor other than its holder */
    GRANT_RENEWAL(
            "grant.renewal",
            AccessDeniedException.class,
            "",
            "a grant is renewed by a supervisor other than its holder"),
    /** <code>access.partner</code> (AccessDeniedException): a partner organisation (&#123;organisation&#125;) answers referrals, delivers its services and records visits; plans are made and changed by the government units */
    PARTNER(
            "access.partner",
            AccessDeniedException.class,
            "",
            "a partner organisation ({organisation}) answers referrals, delivers its services and records visits; plans are made and changed by the government units"),
    /** <code>access.partner-export</code> (AccessDeniedException): a partner organisation (&#123;organisation&#125;) sees what its referrals need; a person's whole record is exported by the government units */
    PARTNER_EXPORT(
            "access.partner-export",
            AccessDeniedException.class,
            "",
            "a partner organisation ({organisation}) sees what its referrals need; a person's whole record is exported by the government units");

    private final ErrorCode.Definition definition;

    AccessError(String code, Class<? extends PulihException> type, String field, String template) {
        this.definition = new ErrorCode.Definition(code, type, field, template);
    }

    @Override
    public ErrorCode.Definition definition() {
        return definition;
    }
}
