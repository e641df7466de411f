package id.pulih.grant;

/** Where a transfer stands: APPROVED, then SENT to the bank, then PAID or REJECTED by the bank. */
public enum PaymentStatus {
    /** Approved, waiting for a batch to be sent. */
    APPROVED,
    /** Sent to the bank in a batch. */
    SENT,
    /** Credited to the account. */
    PAID,
    /** Refused by the bank; the account can be corrected and the payment re-issued. */
    REJECTED;

    /**
     * Whether the bank has answered.
     *
     * @return true for PAID and REJECTED
     */
    public boolean terminal() {
        return this == PAID || this == REJECTED;
    }
}
