package id.pulih.reintegration;

import id.pulih.internal.util.Checks;
import id.pulih.shared.Nullable;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.RuleViolationException;
import id.pulih.shared.TextLimit;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A referral of a planned service to a partner organisation (an LKS, a hospital, BPJS Kesehatan). Referring discloses
 * the case to the partner, so it needs the beneficiary's consent to disclosure on file, or a supervisor's override
 * with a reason, recorded here. The partner accepts it, and then provides the service, or rejects it with a reason.
 * An open referral ends ({@link ReferralStatus}): COMPLETED when the service is delivered, WITHDRAWN, or EXPIRED once
 * the referral period has passed since it was sent; an ended referral keeps its end date and reason.
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
    private final LocalDate endedOn;
    private final String endReason;

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
        this(to, referredOn, referredBy, overrideReason, status, answeredOn, answeredBy, reason, null, "");
    }

    /**
     * Rebuilds a referral from storage, with its end, checking every part. Use {@link #send} for a new one.
     *
     * @param to the partner organisation
     * @param referredOn when it was sent
     * @param referredBy the officer who sent it
     * @param overrideReason why a supervisor referred without consent to disclosure; empty when consent was on file
     * @param status the status
     * @param answeredOn when the partner answered: null while pending, set once accepted, rejected or completed, either
     *     for a referral withdrawn or expired
     * @param answeredBy the officer who answered, empty while pending
     * @param reason why it was rejected (or a note on acceptance); empty while pending
     * @param endedOn when it ended, set exactly for COMPLETED, WITHDRAWN and EXPIRED
     * @param endReason why it ended, required exactly when it ended; at most {@link TextLimit#SUMMARY} characters
     * @throws RuleViolationException {@code referral.answer} or {@code referral.end} when the dates disagree with the
     *     status, {@code referral.reason} for a rejection without a reason
     */
    public Referral(
            OrganisationId to,
            LocalDate referredOn,
            String referredBy,
            String overrideReason,
            ReferralStatus status,
            @Nullable LocalDate answeredOn,
            String answeredBy,
            String reason,
            @Nullable LocalDate endedOn,
            String endReason) {
        this.to = Checks.required(to, "referral.to");
        this.referredOn = Checks.required(referredOn, "referredOn");
        this.referredBy = Checks.requiredText(referredBy, "referredBy");
        this.overrideReason = Checks.optionalText(overrideReason, "overrideReason", TextLimit.REASON);
        this.status = Checks.required(status, "referral.status");
        this.answeredBy = answeredBy == null ? "" : answeredBy.strip();
        this.reason = Checks.optionalText(reason, "reason", TextLimit.REASON);
        // what ended it, which may quote an officer's reason after a few words of its own
        this.endReason = Checks.optionalText(endReason, "endReason", TextLimit.SUMMARY);
        boolean answered = switch (status) {
            case PENDING -> answeredOn == null;
            case ACCEPTED, REJECTED, COMPLETED -> answeredOn != null;
            case WITHDRAWN, EXPIRED -> true;
        };
        if (!answered) {
            throw ReintegrationError.REFERRAL_ANSWER.violation();
        }
        if (status == ReferralStatus.REJECTED && this.reason.isEmpty()) {
            throw ReintegrationError.REFERRAL_REASON.violation();
        }
        if (status.ended() != (endedOn != null) || status.ended() == this.endReason.isEmpty()) {
            throw ReintegrationError.REFERRAL_END.violation(status);
        }
        this.answeredOn = answeredOn;
        this.endedOn = endedOn;
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
     * Ends an accepted referral because the partner delivered the service.
     *
     * @param on when
     * @param why what ended it, required
     * @return the referral, COMPLETED
     * @throws id.pulih.shared.IllegalTransitionException {@code referral.transition} unless accepted
     */
    public Referral complete(LocalDate on, String why) {
        return end(ReferralStatus.COMPLETED, on, why);
    }

    /**
     * Ends an open referral before the partner delivered the service.
     *
     * @param on when
     * @param why what ended it, required (the service cancelled, the plan or case closed, consent withdrawn, ...)
     * @return the referral, WITHDRAWN
     * @throws id.pulih.shared.IllegalTransitionException {@code referral.transition} unless pending or accepted
     */
    public Referral withdraw(LocalDate on, String why) {
        return end(ReferralStatus.WITHDRAWN, on, why);
    }

    /**
     * Records that an open referral's period has passed ({@link #isExpiredOn}).
     *
     * @param on the day it is recorded, on or after {@link #expiresOn}
     * @param period the referral period
     * @return the referral, EXPIRED, ended on the day the period ran out
     * @throws id.pulih.shared.IllegalTransitionException {@code referral.transition} unless pending or accepted
     * @throws RuleViolationException {@code referral.not-expired} when the period has not passed on {@code on}
     */
    public Referral expire(LocalDate on, Period period) {
        if (!isExpiredOn(on, period)) {
            status.requireEndable(ReferralStatus.EXPIRED);
            throw ReintegrationError.REFERRAL_NOT_EXPIRED.violation(expiresOn(period));
        }
        return end(ReferralStatus.EXPIRED, expiresOn(period), "the referral period of " + period + " ran out");
    }

    private Referral end(ReferralStatus target, LocalDate on, String why) {
        Checks.required(on, "endedOn");
        String text = Checks.requiredText(why, "endReason", TextLimit.SUMMARY);
        status.requireEndable(target);
        return new Referral(
                to, referredOn, referredBy, overrideReason, target, answeredOn, answeredBy, reason, on, text);
    }

    /**
     * The first day a referral sent on {@link #referredOn} no longer opens the case: the date sent plus the period.
     *
     * @param period the referral period
     * @return the date
     */
    public LocalDate expiresOn(Period period) {
        return referredOn.plus(Checks.required(period, "referralPeriod"));
    }

    /**
     * Whether this referral is open by its status but its period has passed on a date: it opens the case no more,
     * though the EXPIRED status may not be written yet.
     *
     * @param today the date, in the engine's clock
     * @param period the referral period
     * @return true when open and {@code today} is on or after {@link #expiresOn}
     */
    public boolean isExpiredOn(LocalDate today, Period period) {
        return status.opensCase() && !today.isBefore(expiresOn(period));
    }

    /**
     * Whether this referral opens the case to its partner on a date: PENDING or ACCEPTED, and within its period. (The
     * engine asks besides that the plan is active and that consent to disclosure holds, unless a supervisor
     * overrode it.)
     *
     * @param today the date, in the engine's clock
     * @param period the referral period
     * @return true while open and not expired
     */
    public boolean opensCaseOn(LocalDate today, Period period) {
        return status.opensCase() && today.isBefore(expiresOn(period));
    }

    /**
     * When the referral ended.
     *
     * @return the date, or empty unless COMPLETED, WITHDRAWN or EXPIRED
     */
    public Optional<LocalDate> ended() {
        return Optional.ofNullable(endedOn);
    }

    /**
     * Why the referral ended.
     *
     * @return the reason, empty unless it ended
     */
    public String endReason() {
        return endReason;
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
     * Whether this referral is open by its status (pending or accepted), whatever its period: only the latest referral
     * of a service may be. Whether it opens the case today is {@link #opensCaseOn}.
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
                to,
                referredOn,
                referredBy,
                overrideReason,
                newStatus,
                newAnsweredOn,
                newAnsweredBy,
                newReason,
                endedOn,
                endReason);
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
                && reason.equals(other.reason)
                && Objects.equals(endedOn, other.endedOn)
                && endReason.equals(other.endReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(to, referredOn, status);
    }

    /** Shows the partner, the date sent and the status. */
    @Override
    public String toString() {
        return "Referral[to " + to + ", " + referredOn + ", " + status + (endedOn == null ? "" : " on " + endedOn)
                + "]";
    }
}
