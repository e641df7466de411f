package id.pulih.privacy;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.Nullable;
import id.pulih.shared.TextLimit;
import id.pulih.shared.Versioned;
import java.time.Instant;
import java.util.Optional;

/**
 * A data-subject request (UU PDP art. 14: requests are made to the controller and recorded): what the person asked,
 * when it was received, by when it must be answered ({@link RequestKind#deadline}), who received it, and, once
 * decided, the decision, the exemption a refusal relies on, the reason, who decided and when.
 *
 * <p>A request is received undecided; {@link #decide} decides it once. A decision that refuses something names an
 * {@link Exemption} that applies to the request's kind; a full grant names none.
 *
 * @param id the id
 * @param beneficiary the person's case
 * @param kind what was asked
 * @param details what the person said, or null; at most {@link TextLimit#NOTE} characters
 * @param receivedAt when the controller received it
 * @param dueAt when the answer is due
 * @param receivedBy the officer who recorded it
 * @param decision the decision, or null while undecided
 * @param exemption the exemption a refusal relies on, or null
 * @param reason why, given with the decision, or null while undecided
 * @param decidedBy who decided, or null
 * @param decidedAt when, or null
 * @param version the stored version
 */
public record SubjectRequest(
        RequestId id,
        BeneficiaryId beneficiary,
        RequestKind kind,
        @Nullable String details,
        Instant receivedAt,
        Instant dueAt,
        String receivedBy,
        @Nullable Decision decision,
        @Nullable Exemption exemption,
        @Nullable String reason,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        long version)
        implements Versioned<SubjectRequest> {
    /**
     * Checks the parts agree.
     *
     * @param id the id
     * @param beneficiary the case
     * @param kind the kind
     * @param details the details
     * @param receivedAt received
     * @param dueAt due
     * @param receivedBy received by
     * @param decision the decision
     * @param exemption the exemption
     * @param reason the reason
     * @param decidedBy decided by
     * @param decidedAt decided at
     * @param version the version
     */
    public SubjectRequest {
        Checks.required(id, "requestId");
        Checks.required(beneficiary, "beneficiaryId");
        Checks.required(kind, "kind");
        details = Checks.optionalText(details, "details", TextLimit.NOTE);
        Checks.required(receivedAt, "receivedAt");
        Checks.required(dueAt, "dueAt");
        receivedBy = Checks.requiredText(receivedBy, "receivedBy");
        if (decision != null) {
            checkExemption(kind, decision, exemption);
            reason = Checks.requiredText(reason, "reason", TextLimit.REASON);
            decidedBy = Checks.requiredText(decidedBy, "decidedBy");
            Checks.required(decidedAt, "decidedAt");
        }
    }

    /**
     * The one rule of exemptions: a decision that refuses something names an exemption that applies to the kind of
     * request; a full grant names none.
     *
     * @param kind the kind of request
     * @param decision the decision
     * @param exemption the exemption named, or null
     * @throws id.pulih.shared.InvalidValueException {@code request.exemption-required},
     *     {@code request.exemption-kind}, {@code request.exemption-granted}
     */
    public static void checkExemption(RequestKind kind, Decision decision, @Nullable Exemption exemption) {
        if (!decision.refusesSomething()) {
            if (exemption != null) {
                throw PrivacyError.REQUEST_EXEMPTION_GRANTED.invalid();
            }
            return;
        }
        if (exemption == null) {
            throw PrivacyError.REQUEST_EXEMPTION_REQUIRED.invalid(decision);
        }
        if (!exemption.exempts(kind)) {
            throw PrivacyError.REQUEST_EXEMPTION_KIND.invalid(
                    exemption, exemption.article(), kind, exemption.exempts());
        }
    }

    /**
     * A request just received, undecided, due as its kind's deadline says.
     *
     * @param beneficiary the person's case
     * @param kind what was asked
     * @param details what the person said, or null
     * @param receivedAt when it was received
     * @param receivedBy the officer recording it
     * @return the request, at version 0
     */
    public static SubjectRequest receive(
            BeneficiaryId beneficiary,
            RequestKind kind,
            @Nullable String details,
            Instant receivedAt,
            String receivedBy) {
        Checks.required(kind, "kind");
        return new SubjectRequest(
                RequestId.next(),
                beneficiary,
                kind,
                details,
                receivedAt,
                kind.deadline(receivedAt),
                receivedBy,
                null,
                null,
                null,
                null,
                null,
                0);
    }

    /**
     * Decides the request.
     *
     * @param decided the decision
     * @param relying the exemption a refusal relies on, or null for a full grant
     * @param why the reason
     * @param by the deciding officer
     * @param at when
     * @return the request, decided
     * @throws id.pulih.shared.RuleViolationException {@code request.decided} when already decided
     */
    public SubjectRequest decide(Decision decided, @Nullable Exemption relying, String why, String by, Instant at) {
        if (decision != null) {
            throw PrivacyError.REQUEST_DECIDED.violation(decision);
        }
        Checks.required(decided, "decision");
        return new SubjectRequest(
                id, beneficiary, kind, details, receivedAt, dueAt, receivedBy, decided, relying, why, by, at, version);
    }

    /**
     * Whether the request is still waiting for a decision.
     *
     * @return true while undecided
     */
    public boolean open() {
        return decision == null;
    }

    /**
     * Whether the request is overdue at an instant: undecided after its deadline.
     *
     * @param at the instant
     * @return true when overdue
     */
    public boolean isOverdueAt(Instant at) {
        return open() && at.isAfter(dueAt);
    }

    /**
     * Whether a decided request was answered after its deadline.
     *
     * @return true when answered late; false while undecided
     */
    public boolean answeredLate() {
        return decidedAt != null && decidedAt.isAfter(dueAt);
    }

    /**
     * The decision, when decided.
     *
     * @return the decision, or empty
     */
    public Optional<Decision> decided() {
        return Optional.ofNullable(decision);
    }

    @Override
    public SubjectRequest withVersion(long newVersion) {
        return new SubjectRequest(
                id,
                beneficiary,
                kind,
                details,
                receivedAt,
                dueAt,
                receivedBy,
                decision,
                exemption,
                reason,
                decidedBy,
                decidedAt,
                newVersion);
    }

    @Override
    public String toString() {
        return "SubjectRequest[" + id + ", " + kind + ", case " + beneficiary + ", due " + dueAt + ", "
                + (decision == null ? "open" : decision) + "]";
    }
}
