package id.pulih.privacy;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DomainEvent;
import java.time.Instant;

/**
 * The human review of a risk score was decided.
 *
 * @param review the review
 * @param beneficiary the case
 * @param decision the decision
 * @param occurredAt when
 * @param actorId who
 */
public record RiskScoreReviewed(
        RiskReviewId review, BeneficiaryId beneficiary, ReviewDecision decision, Instant occurredAt, String actorId)
        implements DomainEvent {}
