package id.pulih.grant;

/** What applying one bank answer did. */
public enum ResultOutcome {
    /** The payment moved to PAID or REJECTED. */
    APPLIED,
    /** The same answer was applied before; nothing changed. */
    ALREADY_APPLIED,
    /** The payment was already answered differently; nothing changed and the line needs a look. */
    CONFLICT,
    /** The payment was never sent; nothing changed. */
    NOT_SENT,
    /** No payment has that reference; nothing changed. */
    UNKNOWN_PAYMENT
}
