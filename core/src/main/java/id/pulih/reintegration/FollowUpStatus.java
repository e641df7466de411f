package id.pulih.reintegration;

/** Where a follow-up visit stands: SCHEDULED, then VISITED; or CANCELLED when its plan closes first. */
public enum FollowUpStatus {
    /** Due on its date, not visited yet. */
    SCHEDULED,
    /** The visit was recorded. */
    VISITED,
    /** Dropped because its plan was closed. */
    CANCELLED
}
