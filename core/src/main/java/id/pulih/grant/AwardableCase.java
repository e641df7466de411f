package id.pulih.grant;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.RuleViolationException;
import java.util.Optional;

/**
 * A grant goes to an open case under its surviving registration: no award to a closed case or to a registration
 * merged into another, and no payment to a closed case.
 *
 * <p>A new award must name the case as it is now ({@code grant.award} refuses a merged registration, naming the
 * survivor, and a closed case). An award already made follows its registration into the case it was merged into: a
 * merge never joins two awards of one scheme ({@link OneAward#checkMerge}), so the award of a merged registration is
 * the person's one award, and its payment is approved, batched, sent and re-issued as the survivor's. Only a closed
 * case stops it, asked at every step since a case may be closed after its award: {@code grant.disburse} and {@code
 * grant.reissue} refuse, {@code grant.batch} leaves the payment out of every batch (it stays approved and joins a
 * later batch once the case is reopened; the audit entry counts what was left out and why) and {@code grant.send}
 * refuses the whole batch, since a file at the bank cannot lose a line. A bank's answer to a payment already sent is
 * always applied: it records what the bank did.
 *
 * <p>The rule sees only identifiers and one fact, as an aggregate may not read another: the registration named (by
 * the officer, or by the award), the case it resolves to through merges, and whether that case is closed.
 *
 * <pre>{@code
 * AwardableCase.check(named, survivor.id(), survivor.status() == CaseStatus.CLOSED);   // a new award
 * AwardableCase.checkPayable(survivor.id(), survivor.status() == CaseStatus.CLOSED);   // paying an award made
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
     * Refuses a step of paying an award already made (approval, batch, sending, re-issue) when its case is closed. The
     * case is the one the award's registration resolves to through merges: the award followed it there.
     *
     * @param survivor the case the award's registration resolves to; not null
     * @param closed whether that case is closed
     * @throws RuleViolationException {@code award.case-closed} naming the case
     */
    public static void checkPayable(BeneficiaryId survivor, boolean closed) {
        Optional<RuleViolationException> refused = payableRefusal(survivor, closed);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    /**
     * The refusal {@link #checkPayable} would throw, if any: for a batch that leaves such a payment out instead.
     *
     * @param survivor the case the award's registration resolves to; not null
     * @param closed whether that case is closed
     * @return the refusal, or empty when the payment may go on
     */
    public static Optional<RuleViolationException> payableRefusal(BeneficiaryId survivor, boolean closed) {
        return refusal(survivor, survivor, closed);
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
