package id.pulih.beneficiary;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DomainEvent;
import java.time.Instant;

/**
 * A duplicate registration was merged into a survivor.
 *
 * @param survivor survivor
 * @param merged merged
 * @param occurredAt occurredAt
 * @param actorId actorId
 */
public record BeneficiariesMerged(BeneficiaryId survivor, BeneficiaryId merged, Instant occurredAt, String actorId)
        implements DomainEvent {}
