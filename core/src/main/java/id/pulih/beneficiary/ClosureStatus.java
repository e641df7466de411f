package id.pulih.beneficiary;

/** Where a request to close a case stands: PENDING until a supervisor other than the requester decides it. */
public enum ClosureStatus {
    /** Requested, waiting for a supervisor. */
    PENDING,
    /** Approved: the case was closed with the requested outcome. */
    APPROVED,
    /** Returned to the requester with a reason; the case stays open. */
    RETURNED
}
