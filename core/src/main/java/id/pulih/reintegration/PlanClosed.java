package id.pulih.reintegration;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DomainEvent;
import id.pulih.shared.PlanId;
import java.time.Instant;

/**
 * A reintegration plan was closed; its remaining follow-ups were dropped.
 *
 * @param beneficiary the case
 * @param plan the plan
 * @param reason why
 * @param occurredAt when
 * @param actorId who
 */
public record PlanClosed(BeneficiaryId beneficiary, PlanId plan, String reason, Instant occurredAt, String actorId)
        implements DomainEvent {}
