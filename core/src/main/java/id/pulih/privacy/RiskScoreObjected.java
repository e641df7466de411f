package id.pulih.privacy;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DomainEvent;
import java.time.Instant;

/**
 * A risk score went under human review on the person's objection.
 *
 * @param review the review
 * @param beneficiary the case
 * @param occurredAt when
 * @param actorId who
 */
public record RiskScoreObjected(RiskReviewId review, BeneficiaryId beneficiary, Instant occurredAt, String actorId)
        implements DomainEvent {}
