package id.pulih.reintegration;

import id.pulih.shared.IllegalTransitionException;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a planned service stands. The legal moves:
 *
 * <pre>
 * PLANNED --start--> IN_PROGRESS --deliver--> DELIVERED
 * PLANNED or IN_PROGRESS --cancel (with a reason)--> CANCELLED
 * </pre>
 *
 * Anything else is refused with an {@link IllegalTransitionException} coded {@code service.transition}.
 */
public enum ServiceStatus {
    /** Planned, not started. */
    PLANNED,
    /** Being delivered. */
    IN_PROGRESS,
    /** Delivered. */
    DELIVERED,
    /** Cancelled. */
    CANCELLED;

    /**
     * The statuses that may follow this one.
     *
     * @return the allowed next statuses
     */
    public Set<ServiceStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(DELIVERED, CANCELLED);
            case DELIVERED, CANCELLED -> EnumSet.noneOf(ServiceStatus.class);
        };
    }

    /**
     * Whether the service is still to be delivered (planned or in progress).
     *
     * @return true while open
     */
    public boolean open() {
        return this == PLANNED || this == IN_PROGRESS;
    }

    void requireMoveTo(ServiceStatus target) {
        if (!next().contains(target)) {
            String allowed =
                    next().isEmpty() ? "none" : next().stream().map(Enum::name).collect(Collectors.joining(", "));
            throw ReintegrationError.SERVICE_TRANSITION.transition(this, target, allowed);
        }
    }
}
