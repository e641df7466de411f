package id.pulih.reintegration;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DomainEvent;
import id.pulih.shared.FollowUpId;
import java.time.Instant;

/**
 * A follow-up visit was recorded and scored.
 *
 * @param beneficiary the case
 * @param followUp the follow-up
 * @param level the risk level
 * @param total the risk total
 * @param occurredAt when
 * @param actorId who
 */
public record FollowUpRecorded(
        BeneficiaryId beneficiary, FollowUpId followUp, RiskLevel level, int total, Instant occurredAt, String actorId)
        implements DomainEvent {}
