package id.pulih.repatriation;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DomainEvent;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RepatriationId;
import java.time.Instant;

/**
 * A returnee was handed over to the receiving Dinas Sosial: the stay ended and the case is REPATRIATED.
 *
 * @param beneficiary beneficiary
 * @param repatriation repatriation
 * @param destination destination
 * @param occurredAt occurredAt
 * @param actorId actorId
 */
public record HandedOver(
        BeneficiaryId beneficiary,
        RepatriationId repatriation,
        RegionCode destination,
        Instant occurredAt,
        String actorId)
        implements DomainEvent {}
