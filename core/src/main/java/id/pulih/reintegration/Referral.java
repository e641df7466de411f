package id.pulih.reintegration;

import id.pulih.internal.util.Checks;
import id.pulih.shared.Nullable;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.TextLimit;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A referral of a planned service to a partner organisation (an LKS, a hospital, BPJS Kesehatan). Referring discloses
 * the case to the partner, so it needs the beneficiary's consent to disclosure on file, or a supervisor's override
 * with a reason, recorded here. The partner accepts it, and then provides the service, or rejects it with a reason.
 *
 * <p>Instances are immutable: answering returns the changed referral, which its service keeps.
 */
public final class Referral {
    private final OrganisationId to;
    private final LocalDate referredOn;
    private final String referredBy;
    private final String overrideReason;
    private final ReferralStatus status;
    private final LocalDate answeredOn;
    private final String answeredBy;
    private final String reason;

    /**
     * Rebuilds a referral from storage, checking every part. Use {@link #send} for a new one.
     *
     * @param to the partner organisation
     * @param referredOn when it was sent
     * @param referredBy the officer who sent it
     * @param overrideReason why a supervisor referred without consent to disclosure; empty when consent was on file
     * @param status the status
     * @param answeredOn when the partner answered, or null while pending
     * @param answeredBy the officer who answered, empty while pending
     * @param reason why it was rejected (or a note on acceptance); empty while pending
     */
    public Referral(
            OrganisationId to,
            LocalDate referredOn,
            String referredBy,
            String overrideReason,
            ReferralStatus status,
            @Nullable LocalDate answeredOn,
            String answeredBy,
            String reason) {
        this.to = Checks.required(to, "referral.to");
        this.referredOn = Checks.required(referredOn, "referredOn");
        this.referredBy = Checks.requiredText(referredBy, "referredBy");
        this.overrideReason = Checks.optionalText(overrideReason, "overrideReason", TextLimit.REASON);
        this.status = Checks.required(status, "referral.status");
        this.answeredBy = answeredBy == null ? "" : answeredBy.strip();
        this.reason = Checks.optionalText(reason, "reason", TextLimit.REASON);
        if ((status == ReferralStatus.PENDING) != (answeredOn == null)) {
            throw ReintegrationError.REFERRAL_ANSWER.violation();
        }
        if (status == ReferralStatus.REJECTED && this.reason.isEmpty()) {
            throw ReintegrationError.REFERRAL_REASON.violation();
        }
        this.answeredOn = answeredOn;
    }

    /**
     * A new referral, pending the partner's answer.
     *
     * @param to the partner
     * @param on when
     * @param by the officer
     * @param overrideReason the supervisor's reason to refer without consent, or empty when consent is on file
     * @return the referral
     */
    public static Referral send(OrganisationId to, LocalDate on, String by, String overrideReason) {
        return new Referral(to, on, by, overrideReason, ReferralStatus.PENDING, null, "", "");
    }

    /**
     * The partner accepts.
     *
     * @param on when
     * @param by the partner's officer
     * @return the accepted referral
     * @throws id.pulih.shared.IllegalTransitionException {@code referral.transition} unless pending
     */
    public Referral accept(LocalDate on, String by) {
        status.requireAnswerable(ReferralStatus.ACCEPTED);
        return with(ReferralStatus.ACCEPTED, on, by, "");
    }

    /**
     * The partner rejects, with a reason.
     *
     * @param on when
     * @param by the partner's officer
     * @param why the reason, required
     * @return the rejected referral
     * @throws id.pulih.shared.IllegalTransitionException {@code referral.transition} unless pending
     */
    public Referral reject(LocalDate on, String by, String why) {
        String text = Checks.requiredText(why, "reason", TextLimit.REASON);
        status.requireAnswerable(ReferralStatus.REJECTED);
        return with(ReferralStatus.REJECTED, on, by, text);
    }

    /**
     * Whether a supervisor referred without consent to disclosure.
     *
     * @return true when overridden
     */
    public boolean consentOverridden() {
        return !overrideReason.isEmpty();
    }

    /**
     * Whether this referral opens the case to the partner (pending or accepted).
     *
     * @return true when open
     */
    public boolean isOpen() {
        return status.opensCase();
    }

    /**
     * The partner organisation.
     *
     * @return the partner
     */
    public OrganisationId to() {
        return to;
    }

    /**
     * When it was sent.
     *
     * @return the date
     */
    public LocalDate referredOn() {
        return referredOn;
    }

    /**
     * The officer who sent it.
     *
     * @return the officer
     */
    public String referredBy() {
        return referredBy;
    }

    /**
     * Why a supervisor referred without consent to disclosure.
     *
     * @return the reason, empty when consent was on file
     */
    public String overrideReason() {
        return overrideReason;
    }

    /**
     * The status.
     *
     * @return the status
     */
    public ReferralStatus status() {
        return status;
    }

    /**
     * The officer who answered.
     *
     * @return the officer, empty while pending
     */
    public String answeredBy() {
        return answeredBy;
    }

    /**
     * Why it was rejected, or a note on acceptance.
     *
     * @return the reason, empty while pending
     */
    public String reason() {
        return reason;
    }

    /**
     * When the partner answered.
     *
     * @return the date, or empty while pending
     */
    public Optional<LocalDate> answer() {
        return Optional.ofNullable(answeredOn);
    }

    /** The one copy-on-change: an answer sets the status and who answered when and why; the referral is kept. */
    private Referral with(ReferralStatus newStatus, LocalDate newAnsweredOn, String newAnsweredBy, String newReason) {
        return new Referral(
                to, referredOn, referredBy, overrideReason, newStatus, newAnsweredOn, newAnsweredBy, newReason);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Referral other)) {
            return false;
        }
        return to.equals(other.to)
                && referredOn.equals(other.referredOn)
                && referredBy.equals(other.referredBy)
                && overrideReason.equals(other.overrideReason)
                && status == other.status
                && Objects.equals(answeredOn, other.answeredOn)
                && answeredBy.equals(other.answeredBy)
                && reason.equals(other.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(to, referredOn, status);
    }

    /** Shows the partner, the date sent and the status. */
    @Override
    public String toString() {
        return "Referral[to " + to + ", " + referredOn + ", " + status + "]";
    }
}
