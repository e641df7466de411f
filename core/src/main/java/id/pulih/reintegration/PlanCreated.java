package id.pulih.reintegration;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DomainEvent;
import id.pulih.shared.PlanId;
import java.time.Instant;

/**
 * A reintegration plan was made and its follow-ups scheduled.
 *
 * @param beneficiary the case
 * @param plan the plan
 * @param followUps how many follow-ups were scheduled
 * @param occurredAt when
 * @param actorId who
 */
public record PlanCreated(BeneficiaryId beneficiary, PlanId plan, int followUps, Instant occurredAt, String actorId)
        implements DomainEvent {}
