package id.pulih.reintegration;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DomainEvent;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.ServiceId;
import java.time.Instant;

/**
 * A planned service was referred to a partner organisation, which now sees the case.
 *
 * @param beneficiary the case
 * @param service the service
 * @param partner the partner
 * @param consentOverridden true when a supervisor referred without consent to disclosure
 * @param occurredAt when
 * @param actorId who
 */
public record ServiceReferred(
        BeneficiaryId beneficiary,
        ServiceId service,
        OrganisationId partner,
        boolean consentOverridden,
        Instant occurredAt,
        String actorId)
        implements DomainEvent {}
