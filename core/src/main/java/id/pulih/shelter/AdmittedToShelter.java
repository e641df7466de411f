package id.pulih.shelter;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DomainEvent;
import id.pulih.shared.ShelterId;
import id.pulih.shared.StayId;
import java.time.Instant;

/**
 * A beneficiary was admitted to a shelter.
 *
 * @param beneficiary beneficiary
 * @param shelter shelter
 * @param stay stay
 * @param childProtection childProtection
 * @param occurredAt occurredAt
 * @param actorId actorId
 */
public record AdmittedToShelter(
        BeneficiaryId beneficiary,
        ShelterId shelter,
        StayId stay,
        boolean childProtection,
        Instant occurredAt,
        String actorId)
        implements DomainEvent {}
