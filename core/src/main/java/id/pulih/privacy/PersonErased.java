package id.pulih.privacy;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DomainEvent;
import java.time.Instant;

/**
 * A person's data were erased; the case stays, anonymised.
 *
 * @param beneficiary the case
 * @param occurredAt when
 * @param actorId who
 */
public record PersonErased(BeneficiaryId beneficiary, Instant occurredAt, String actorId) implements DomainEvent {}
