package id.pulih.beneficiary;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DomainEvent;
import java.time.Instant;

/**
 * A case moved from one status to another (including closing and reopening).
 *
 * @param beneficiary beneficiary
 * @param from from
 * @param to to
 * @param occurredAt occurredAt
 * @param actorId actorId
 */
public record CaseStatusChanged(
        BeneficiaryId beneficiary, CaseStatus from, CaseStatus to, Instant occurredAt, String actorId)
        implements DomainEvent {}
