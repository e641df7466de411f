package id.pulih.reintegration;

/** Where a reintegration plan stands; a case has at most one ACTIVE plan. */
public enum PlanStatus {
    /** Services and follow-ups under way. */
    ACTIVE,
    /** Closed with a reason; a new plan may be made. */
    CLOSED
}
