package id.pulih.reintegration;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DomainEvent;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.ServiceId;
import java.time.Instant;

/**
 * A partner accepted or rejected a referral.
 *
 * @param beneficiary the case
 * @param service the service
 * @param partner the partner
 * @param answer ACCEPTED or REJECTED
 * @param occurredAt when
 * @param actorId who
 */
public record ReferralAnswered(
        BeneficiaryId beneficiary,
        ServiceId service,
        OrganisationId partner,
        ReferralStatus answer,
        Instant occurredAt,
        String actorId)
        implements DomainEvent {}
