package id.pulih.reintegration;

/**
 * Where a referral stands: PENDING until the partner answers, then ACCEPTED or REJECTED (with a reason). The partner
 * sees the case while a referral to it is PENDING or ACCEPTED.
 */
public enum ReferralStatus {
    /** Sent, not answered yet. */
    PENDING,
    /** Accepted by the partner, which now provides the service. */
    ACCEPTED,
    /** Rejected by the partner, with a reason. */
    REJECTED;

    /**
     * Whether a referral in this status opens the case to the partner.
     *
     * @return true for PENDING and ACCEPTED
     */
    public boolean opensCase() {
        return this != REJECTED;
    }

    void requireAnswerable(ReferralStatus target) {
        if (this != PENDING) {
            throw ReintegrationError.REFERRAL_TRANSITION.transition(this, target, "none; the referral was answered");
        }
    }
}
