package id.pulih.reintegration;

/**
 * Where a referral stands: PENDING until the partner answers, then ACCEPTED or REJECTED (with a reason). An open
 * referral (PENDING or ACCEPTED) ends: COMPLETED when its service is delivered, WITHDRAWN when the service is
 * cancelled, the plan or the case closes, the beneficiary withdraws consent to disclosure or an officer withdraws it,
 * and EXPIRED once the referral period ({@code Pulih.builder().referralPeriod}) has passed since it was sent. The
 * partner sees the case only while a referral to it is open and not past its period ({@link
 * Referral#opensCaseOn}).
 *
 * <pre>
 * PENDING --accept--> ACCEPTED --service delivered--> COMPLETED
 * PENDING --reject (with a reason)--> REJECTED
 * PENDING or ACCEPTED --withdraw (with a reason)--> WITHDRAWN
 * PENDING or ACCEPTED --the period passes--> EXPIRED
 * </pre>
 */
public enum ReferralStatus {
    /** Sent, not answered yet. */
    PENDING,
    /** Accepted by the partner, which now provides the service. */
    ACCEPTED,
    /** Rejected by the partner, with a reason. */
    REJECTED,
    /** Ended because the partner delivered the service. */
    COMPLETED,
    /**
     * Ended before the service was delivered by the partner: the service was cancelled or delivered by another
     * provider, the plan or the case closed, consent to disclosure was withdrawn, or an officer withdrew it.
     */
    WITHDRAWN,
    /** Ended because the referral period passed since it was sent. */
    EXPIRED;

    /**
     * Whether a referral in this status may open the case to the partner (it still must be within its period: see
     * {@link Referral#opensCaseOn}).
     *
     * @return true for PENDING and ACCEPTED only
     */
    public boolean opensCase() {
        return this == PENDING || this == ACCEPTED;
    }

    /**
     * Whether this status ends an open referral (COMPLETED, WITHDRAWN or EXPIRED): such a referral has an end date and
     * a reason.
     *
     * @return true for the ending statuses
     */
    public boolean ended() {
        return this == COMPLETED || this == WITHDRAWN || this == EXPIRED;
    }

    void requireAnswerable(ReferralStatus target) {
        if (this != PENDING) {
            throw ReintegrationError.REFERRAL_TRANSITION.transition(this, target, "none; the referral was answered");
        }
    }

    void requireEndable(ReferralStatus target) {
        boolean allowed = target == COMPLETED ? this == ACCEPTED : opensCase();
        if (!allowed) {
            throw ReintegrationError.REFERRAL_TRANSITION.transition(
                    this, target, opensCase() ? "WITHDRAWN, EXPIRED" : "none; the referral has ended");
        }
    }
}
