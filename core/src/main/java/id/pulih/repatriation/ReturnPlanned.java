package id.pulih.repatriation;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DomainEvent;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RepatriationId;
import java.time.Instant;

/**
 * A return to the area of origin was planned.
 *
 * @param beneficiary beneficiary
 * @param repatriation repatriation
 * @param destination destination
 * @param occurredAt occurredAt
 * @param actorId actorId
 */
public record ReturnPlanned(
        BeneficiaryId beneficiary,
        RepatriationId repatriation,
        RegionCode destination,
        Instant occurredAt,
        String actorId)
        implements DomainEvent {}
