package id.pulih.shared;

/**
 * Receives domain events after the transaction that produced them committed. A listener that throws is logged and
 * does not undo the change nor stop other listeners.
 */
@FunctionalInterface
public interface DomainEventListener {
    /**
     * Called once per event, in the order the events happened within the transaction.
     *
     * @param event the event
     */
    void on(DomainEvent event);
}
