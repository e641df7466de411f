package id.pulih.privacy;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DomainEvent;
import java.time.Instant;

/**
 * Processing of a case was restricted, or the restriction lifted.
 *
 * @param beneficiary the case
 * @param restricted true when restricted, false when lifted
 * @param occurredAt when
 * @param actorId who
 */
public record ProcessingRestricted(BeneficiaryId beneficiary, boolean restricted, Instant occurredAt, String actorId)
        implements DomainEvent {}
