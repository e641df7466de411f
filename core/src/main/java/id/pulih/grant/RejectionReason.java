package id.pulih.grant;

/** Why a bank refused a transfer. */
public enum RejectionReason {
    /** No such account. */
    ACCOUNT_NOT_FOUND,
    /** The account holder's name does not match. */
    NAME_MISMATCH,
    /** The account is closed or dormant. */
    ACCOUNT_CLOSED,
    /** Another reason. */
    OTHER
}
