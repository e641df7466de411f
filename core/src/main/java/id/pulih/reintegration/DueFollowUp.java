package id.pulih.reintegration;

import id.pulih.internal.util.Checks;
import java.time.LocalDate;

/**
 * A follow-up visit that is overdue or due soon, with the current risk of its case, as listed for an officer's
 * jurisdiction, highest risk first.
 *
 * @param followUp the follow-up, SCHEDULED
 * @param overdue true when its due date has passed
 * @param risk the case's current risk
 * @param basis what the risk was computed from
 * @param riskUnderReview true when the person objected to that score and its human review is still open (UU PDP art.
 *     10, {@code Privacy.objectToRiskScore}): the score is shown as under review, not as a decision
 */
public record DueFollowUp(
        FollowUp followUp, boolean overdue, RiskScore risk, RiskBasis basis, boolean riskUnderReview) {
    /**
     * Checks every part.
     *
     * @param followUp the follow-up
     * @param overdue whether overdue
     * @param risk the risk
     * @param basis the basis
     * @param riskUnderReview whether the score is under review
     */
    public DueFollowUp {
        Checks.required(followUp, "followUp");
        Checks.required(risk, "risk");
        Checks.required(basis, "basis");
    }

    /**
     * The due date.
     *
     * @return the date
     */
    public LocalDate dueOn() {
        return followUp.dueOn();
    }
}
