package id.pulih.shared;

import java.time.Instant;

/**
 * Something that happened in a case ({@code BeneficiaryRegistered}, {@code AdmittedToShelter}, {@code HandedOver},
 * ...). Events are delivered to registered listeners after the transaction that produced them committed, never for
 * a change that was rolled back. Events carry identifiers (UUIDs), never a NIK or other personal identifier.
 */
public interface DomainEvent {
    /**
     * When the change was made, by the store's clock.
     *
     * @return the instant
     */
    Instant occurredAt();

    /**
     * The id of the officer who made the change.
     *
     * @return the actor's id
     */
    String actorId();
}
