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
 */
public record DueFollowUp(FollowUp followUp, boolean overdue, RiskScore risk, RiskBasis basis) {
    /**
     * Checks every part.
     *
     * @param followUp the follow-up
     * @param overdue whether overdue
     * @param risk the risk
     * @param basis the basis
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
