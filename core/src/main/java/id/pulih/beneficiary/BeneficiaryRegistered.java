package id.pulih.beneficiary;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DomainEvent;
import java.time.Instant;

/**
 * A beneficiary was registered at intake.
 *
 * @param beneficiary beneficiary
 * @param occurredAt occurredAt
 * @param actorId actorId
 */
public record BeneficiaryRegistered(BeneficiaryId beneficiary, Instant occurredAt, String actorId)
        implements DomainEvent {}
