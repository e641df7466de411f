package id.pulih.shelter;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DomainEvent;
import id.pulih.shared.ShelterId;
import id.pulih.shared.StayId;
import java.time.Instant;

/**
 * A stay ended: a discharge, a transfer out, or a handover after repatriation.
 *
 * @param beneficiary beneficiary
 * @param shelter shelter
 * @param stay stay
 * @param reason reason
 * @param occurredAt occurredAt
 * @param actorId actorId
 */
public record DischargedFromShelter(
        BeneficiaryId beneficiary,
        ShelterId shelter,
        StayId stay,
        DischargeReason reason,
        Instant occurredAt,
        String actorId)
        implements DomainEvent {}
