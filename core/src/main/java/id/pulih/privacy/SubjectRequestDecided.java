package id.pulih.privacy;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DomainEvent;
import java.time.Instant;

/**
 * A data-subject request was decided.
 *
 * @param request the request
 * @param beneficiary the case
 * @param decision the decision
 * @param answeredLate whether after its deadline
 * @param occurredAt when
 * @param actorId who
 */
public record SubjectRequestDecided(
        RequestId request,
        BeneficiaryId beneficiary,
        Decision decision,
        boolean answeredLate,
        Instant occurredAt,
        String actorId)
        implements DomainEvent {}
