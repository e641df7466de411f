package id.pulih.access;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.TextLimit;
import java.time.Duration;
import java.time.Instant;

/**
 * A break-the-glass grant: in an emergency an officer may open one case outside the jurisdiction, for a stated
 * reason and a short time. Every grant and every use of it is recorded in the access log.
 *
 * @param id the grant's id
 * @param actorId the officer granted access
 * @param beneficiary the case
 * @param reason why (at least 10 characters; no identifiers)
 * @param grantedAt when
 * @param expiresAt when it lapses, at most {@link #MAX_DURATION} after {@code grantedAt}
 */
public record AccessGrant(
        AccessGrantId id,
        String actorId,
        BeneficiaryId beneficiary,
        String reason,
        Instant grantedAt,
        Instant expiresAt) {

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
