package id.pulih.access;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DomainEvent;
import id.pulih.shared.Nullable;
import java.time.Instant;
import java.util.Optional;

/**
 * A break-the-glass grant was made, by breaking the glass or by a supervisor's renewal. Raised for every grant, after
 * the command that made it committed, so that a host can alert the supervisors of the case's jurisdiction.
 *
 * @param grant the grant's id
 * @param holder the officer the grant opens the case to
 * @param beneficiary the case
 * @param from when the grant starts (for a renewal, when the previous one lapses)
 * @param until when it lapses
 * @param renewer the supervisor who renewed it, or null for a grant made by breaking the glass
 * @param occurredAt when it was made
 * @param actorId who made it: the holder, or the renewing supervisor
 */
public record AccessGranted(
        AccessGrantId grant,
        String holder,
        BeneficiaryId beneficiary,
        Instant from,
        Instant until,
        @Nullable String renewer,
        Instant occurredAt,
        String actorId)
        implements DomainEvent {
    /**
     * The event of a grant, made at an instant by an actor.
     *
     * @param grant the grant
     * @param at when it was made
     * @param actorId who made it
     * @return the event
     */
    public static AccessGranted of(AccessGrant grant, Instant at, String actorId) {
        return new AccessGranted(
                grant.id(),
                grant.actorId(),
                grant.beneficiary(),
                grant.grantedAt(),
                grant.expiresAt(),
                grant.renewedBy().orElse(null),
                at,
                actorId);
    }

    /**
     * Who renewed an earlier grant into this one.
     *
     * @return the supervisor's id, or empty for a grant made by breaking the glass
     */
    public Optional<String> renewedBy() {
        return Optional.ofNullable(renewer);
    }
}
