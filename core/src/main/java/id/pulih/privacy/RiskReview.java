package id.pulih.privacy;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.FollowUpId;
import id.pulih.shared.Nullable;
import id.pulih.shared.TextLimit;
import id.pulih.shared.Versioned;
import java.time.Instant;
import java.util.Optional;

/**
 * The person's objection to the re-trafficking risk score of a follow-up visit, computed by
 * {@code RetraffickingRiskPolicy} (UU PDP art. 10: the right to object to decisions made only by automated
 * processing, profiling included), and the human review it calls for: who reviewed, when, the decision and why.
 * While the review is open the score is shown as under review ({@link #underReview()}).
 *
 * @param id the id
 * @param followUp the follow-up whose score is objected to
 * @param beneficiary the case
 * @param objectedAt when the objection was recorded
 * @param objectedBy the officer who recorded it
 * @param objection what the person said
 * @param decision the review's decision, or null while under review
 * @param reviewedBy the reviewer, or null
 * @param reviewedAt when, or null
 * @param reason the reviewer's reason, or null
 * @param version the stored version
 */
public record RiskReview(
        RiskReviewId id,
        FollowUpId followUp,
        BeneficiaryId beneficiary,
        Instant objectedAt,
        String objectedBy,
        String objection,
        @Nullable ReviewDecision decision,
        @Nullable String reviewedBy,
        @Nullable Instant reviewedAt,
        @Nullable String reason,
        long version)
        implements Versioned<RiskReview> {
    /**
     * Checks the parts agree.
     *
     * @param id the id
     * @param followUp the follow-up
     * @param beneficiary the case
     * @param objectedAt when
     * @param objectedBy by
     * @param objection what the person said
     * @param decision the decision
     * @param reviewedBy reviewer
     * @param reviewedAt when reviewed
     * @param reason why
     * @param version the version
     */
    public RiskReview {
        Checks.required(id, "riskReviewId");
        Checks.required(followUp, "followUpId");
        Checks.required(beneficiary, "beneficiaryId");
        Checks.required(objectedAt, "objectedAt");
        objectedBy = Checks.requiredText(objectedBy, "objectedBy");
        objection = Checks.requiredText(objection, "objection", TextLimit.REASON);
        if (decision != null) {
            reviewedBy = Checks.requiredText(reviewedBy, "reviewedBy");
            Checks.required(reviewedAt, "reviewedAt");
            reason = Checks.requiredText(reason, "reason", TextLimit.REASON);
        }
    }

    /**
     * An objection just recorded: the score goes under review.
     *
     * @param followUp the follow-up
     * @param beneficiary the case
     * @param objection what the person said
     * @param at when
     * @param by the officer
     * @return the review, open, at version 0
     */
    public static RiskReview object(
            FollowUpId followUp, BeneficiaryId beneficiary, String objection, Instant at, String by) {
        return new RiskReview(RiskReviewId.next(), followUp, beneficiary, at, by, objection, null, null, null, null, 0);
    }

    /**
     * Records the review's decision.
     *
     * @param decided the decision
     * @param why the reason
     * @param by the reviewer
     * @param at when
     * @return the review, decided
     * @throws id.pulih.shared.RuleViolationException {@code risk.reviewed} when already decided
     */
    public RiskReview review(ReviewDecision decided, String why, String by, Instant at) {
        if (decision != null) {
            throw PrivacyError.RISK_REVIEWED.violation(decision);
        }
        Checks.required(decided, "decision");
        return new RiskReview(
                id, followUp, beneficiary, objectedAt, objectedBy, objection, decided, by, at, why, version);
    }

    /**
     * Whether the score waits for its human review.
     *
     * @return true until reviewed
     */
    public boolean underReview() {
        return decision == null;
    }

    /**
     * The decision, once reviewed.
     *
     * @return the decision, or empty
     */
    public Optional<ReviewDecision> decided() {
        return Optional.ofNullable(decision);
    }

    @Override
    public RiskReview withVersion(long newVersion) {
        return new RiskReview(
                id,
                followUp,
                beneficiary,
                objectedAt,
                objectedBy,
                objection,
                decision,
                reviewedBy,
                reviewedAt,
                reason,
                newVersion);
    }
}
