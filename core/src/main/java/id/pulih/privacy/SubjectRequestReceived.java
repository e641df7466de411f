package id.pulih.privacy;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DomainEvent;
import java.time.Instant;

/**
 * A data-subject request was recorded.
 *
 * @param request the request
 * @param beneficiary the case
 * @param kind what was asked
 * @param dueAt when the answer is due
 * @param occurredAt when
 * @param actorId who
 */
public record SubjectRequestReceived(
        RequestId request,
        BeneficiaryId beneficiary,
        RequestKind kind,
        Instant dueAt,
        Instant occurredAt,
        String actorId)
        implements DomainEvent {}
