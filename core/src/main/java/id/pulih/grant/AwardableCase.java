package id.pulih.grant;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.RuleViolationException;
import java.util.Optional;

/**
 * A grant goes to an open case under its surviving registration: no award and no payment to a closed case or to a
 * registration merged into another.
 *
 * <p>One rule for award, re-issue and every step of disbursement, asked each time, since a case may be closed or
 * merged after its award: {@code grant.award} and {@code grant.reissue} refuse, {@code grant.disburse} refuses,
 * {@code grant.batch} leaves the payment out of every batch (it stays approved and joins a later batch once the case
 * is reopened; the audit entry counts what was left out and why) and {@code grant.send} refuses the whole batch, since
 * a file at the bank cannot lose a line. A bank's answer to a payment already sent is always applied: it records
 * what the bank did.
 *
 * <p>The rule sees only identifiers and one fact, as an aggregate may not read another: the registration named (by
 * the officer, or by the award), the case it resolves to through merges, and whether that case is closed.
 *
 * <pre>{@code
 * AwardableCase.check(award.beneficiary(), survivor.id(), survivor.status() == CaseStatus.CLOSED);
 * }</pre>
 */
public final class AwardableCase {
    private AwardableCase() {}

    /**
     * Refuses a grant to a merged registration or a closed case.
     *
     * @param registration the registration the award names; not null
     * @param survivor the case it resolves to (itself when never merged); not null
     * @param closed whether that case is closed
     * @throws RuleViolationException {@code award.case-merged} naming the survivor, when the registration was merged;
     *     {@code award.case-closed} naming the case, when the case is closed
     */
    public static void check(BeneficiaryId registration, BeneficiaryId survivor, boolean closed) {
        Optional<RuleViolationException> refused = refusal(registration, survivor, closed);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    /**
     * The refusal {@link #check} would throw, if any: for a list that leaves such a grant out instead.
     *
     * @param registration the registration the award names; not null
     * @param survivor the case it resolves to (itself when never merged); not null
     * @param closed whether that case is closed
     * @return the refusal, or empty when a grant may go to the case
     */
    public static Optional<RuleViolationException> refusal(
            BeneficiaryId registration, BeneficiaryId survivor, boolean closed) {
        Checks.required(registration, "registration");
        Checks.required(survivor, "survivor");
        if (!registration.equals(survivor)) {
            return Optional.of(GrantError.AWARD_CASE_MERGED.violation(registration, survivor));
        }
        if (closed) {
            return Optional.of(GrantError.AWARD_CASE_CLOSED.violation(survivor));
        }
        return Optional.empty();
    }
}
