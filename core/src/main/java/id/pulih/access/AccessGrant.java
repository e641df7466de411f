package id.pulih.access;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.Nullable;
import id.pulih.shared.TextLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A break-the-glass grant: in an emergency an officer may open one case outside the jurisdiction, for a stated
 * reason and a short time. Every grant and every use of it is recorded in the access log.
 *
 * <p>A grant is never extended: a supervisor of the case's jurisdiction, other than the holder, may renew it, which
 * makes a new grant for the same holder that starts when the latest one lapses ({@link #renewedBy()} names the
 * supervisor). An officer holds at most one grant in force for a case at any instant ({@link OneGrantPerOfficer}).
 *
 * @param id the grant's id
 * @param actorId the officer granted access
 * @param beneficiary the case
 * @param reason why (at least 10 characters; no identifiers)
 * @param grantedAt when
 * @param expiresAt when it lapses, at most {@link #MAX_DURATION} after {@code grantedAt}
 * @param renewer the supervisor who renewed an earlier grant into this one, or null for a grant the holder asked
 *     for by breaking the glass
 */
public record AccessGrant(
        AccessGrantId id,
        String actorId,
        BeneficiaryId beneficiary,
        String reason,
        Instant grantedAt,
        Instant expiresAt,
        @Nullable String renewer) {

    /** The longest a grant may last. */
    public static final Duration MAX_DURATION = Duration.ofHours(24);

    /**
     * Checks every part.
     *
     * @param id the id
     * @param actorId the actor
     * @param beneficiary the case
     * @param reason the reason
     * @param grantedAt when granted
     * @param expiresAt when it lapses
     * @param renewer the renewing supervisor, or null
     * @throws InvalidValueException {@code grant.reason} for a reason under 10 characters, {@code grant.duration}
     *     for a window that is empty or longer than {@link #MAX_DURATION}
     */
    public AccessGrant {
        Checks.required(id, "grantId");
        Checks.requiredText(actorId, "actorId");
        Checks.required(beneficiary, "beneficiary");
        reason = Checks.requiredText(reason, "reason", TextLimit.REASON);
        if (reason.length() < 10) {
            throw AccessError.GRANT_REASON.invalid();
        }
        Checks.required(grantedAt, "grantedAt");
        Checks.required(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(grantedAt)
                || Duration.between(grantedAt, expiresAt).compareTo(MAX_DURATION) > 0) {
            throw AccessError.GRANT_DURATION.invalid();
        }
        if (renewer != null) {
            renewer = Checks.requiredText(renewer, "renewedBy");
        }
    }

    /**
     * A grant the holder asked for by breaking the glass (not a renewal).
     *
     * @param id the id
     * @param actorId the officer granted access
     * @param beneficiary the case
     * @param reason why, at least 10 characters
     * @param grantedAt when it starts
     * @param expiresAt when it lapses
     */
    public AccessGrant(
            AccessGrantId id,
            String actorId,
            BeneficiaryId beneficiary,
            String reason,
            Instant grantedAt,
            Instant expiresAt) {
        this(id, actorId, beneficiary, reason, grantedAt, expiresAt, null);
    }

    /**
     * Who renewed an earlier grant into this one.
     *
     * @return the supervisor's id, or empty for a grant made by breaking the glass
     */
    public Optional<String> renewedBy() {
        return Optional.ofNullable(renewer);
    }

    /**
     * Whether this grant is in force at some instant that {@code other} is too.
     *
     * @param other another grant
     * @return true when the two windows overlap
     */
    public boolean overlaps(AccessGrant other) {
        return grantedAt.isBefore(other.expiresAt) && other.grantedAt.isBefore(expiresAt);
    }

    /**
     * Whether the grant is in force at an instant.
     *
     * @param now the instant
     * @return true between grant and expiry
     */
    public boolean activeAt(Instant now) {
        return !now.isBefore(grantedAt) && now.isBefore(expiresAt);
    }
}
