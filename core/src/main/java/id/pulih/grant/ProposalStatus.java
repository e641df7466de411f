package id.pulih.grant;

/** Where a proposal for further assistance stands. */
public enum ProposalStatus {
    /** Submitted, not decided. */
    SUBMITTED,
    /** Approved. */
    APPROVED,
    /** Rejected, with a reason. */
    REJECTED
}
