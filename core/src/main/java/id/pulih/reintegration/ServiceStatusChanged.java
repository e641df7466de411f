package id.pulih.reintegration;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DomainEvent;
import id.pulih.shared.ServiceId;
import java.time.Instant;

/**
 * A planned service was added, started, delivered or cancelled.
 *
 * @param beneficiary the case
 * @param service the service
 * @param type the service type
 * @param status the new status
 * @param occurredAt when
 * @param actorId who
 */
public record ServiceStatusChanged(
        BeneficiaryId beneficiary,
        ServiceId service,
        ServiceType type,
        ServiceStatus status,
        Instant occurredAt,
        String actorId)
        implements DomainEvent {}
