package id.pulih.reintegration;

import id.pulih.internal.util.Checks;
import id.pulih.shared.Nullable;
import id.pulih.shared.OrganisationId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A referral of a planned service to a partner organisation (an LKS, a hospital, BPJS Kesehatan). Referring discloses
 * the case to the partner, so it needs the beneficiary's consent to disclosure on file, or a supervisor's override
 * with a reason, recorded here. The partner accepts it, and then provides the service, or rejects it with a reason.
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
public record Referral(
        OrganisationId to,
        LocalDate referredOn,
        String referredBy,
        String overrideReason,
        ReferralStatus status,
        @Nullable LocalDate answeredOn,
        String answeredBy,
        String reason) {
    /**
     * Checks every part.
     *
     * @param to the partner
     * @param referredOn when sent
     * @param referredBy who sent it
     * @param overrideReason the supervisor's override reason, or empty
     * @param status the status
     * @param answeredOn when answered, or null
     * @param answeredBy who answered, or empty
     * @param reason the answer's reason, or empty
     */
    public Referral {
        Checks.required(to, "referral.to");
        Checks.required(referredOn, "referredOn");
        referredBy = Checks.requiredText(referredBy, "referredBy");
        overrideReason = overrideReason == null ? "" : overrideReason.strip();
        Checks.required(status, "referral.status");
        answeredBy = answeredBy == null ? "" : answeredBy.strip();
        reason = reason == null ? "" : reason.strip();
        if ((status == ReferralStatus.PENDING) != (answeredOn == null)) {
            throw ReintegrationError.REFERRAL_ANSWER.violation();
        }
        if (status == ReferralStatus.REJECTED && reason.isEmpty()) {
            throw ReintegrationError.REFERRAL_REASON.violation();
        }
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
        return new Referral(to, referredOn, referredBy, overrideReason, ReferralStatus.ACCEPTED, on, by, "");
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
        String text = Checks.requiredText(why, "reason");
        status.requireAnswerable(ReferralStatus.REJECTED);
        return new Referral(to, referredOn, referredBy, overrideReason, ReferralStatus.REJECTED, on, by, text);
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
     * When the partner answered.
     *
     * @return the date, or empty while pending
     */
    public Optional<LocalDate> answer() {
        return Optional.ofNullable(answeredOn);
    }
}
