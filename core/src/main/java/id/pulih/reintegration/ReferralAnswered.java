package id.pulih.reintegration;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DomainEvent;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.ServiceId;
import java.time.Instant;

/**
 * A partner accepted or rejected a referral, or an open referral ended (COMPLETED, WITHDRAWN or EXPIRED, recorded).
 *
 * @param beneficiary the case
 * @param service the service
 * @param partner the partner
 * @param answer ACCEPTED or REJECTED, or how it ended
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
