package id.pulih.privacy;

import id.pulih.shared.DomainEvent;
import java.time.Instant;

/**
 * A breach was recorded in the register, or a notification of it.
 *
 * @param breach the breach
 * @param notified the party just notified, or null when the breach itself was recorded
 * @param occurredAt when
 * @param actorId who
 */
public record BreachRecorded(
        BreachId breach, @id.pulih.shared.Nullable NotifiedParty notified, Instant occurredAt, String actorId)
        implements DomainEvent {}
