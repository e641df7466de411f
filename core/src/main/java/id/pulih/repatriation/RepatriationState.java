package id.pulih.repatriation;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Where a planned return stands: PLANNED, then IN_TRANSIT, then HANDED_OVER; or CANCELLED before handover. */
public enum RepatriationState {
    /** Planned, not left yet. */
    PLANNED,
    /** On the way. */
    IN_TRANSIT,
    /** Handed over to the receiving Dinas Sosial. */
    HANDED_OVER,
    /** Cancelled. */
    CANCELLED;

    /**
     * The states that may follow.
     *
     * @return the allowed next states
     */
    public Set<RepatriationState> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(IN_TRANSIT, CANCELLED);
            case IN_TRANSIT -> EnumSet.of(HANDED_OVER, CANCELLED);
            case HANDED_OVER, CANCELLED -> EnumSet.noneOf(RepatriationState.class);
        };
    }

    /**
     * Whether the return is still under way (planned or in transit).
     *
     * @return true while active
     */
    public boolean active() {
        return this == PLANNED || this == IN_TRANSIT;
    }

    void requireMoveTo(RepatriationState target) {
        if (!next().contains(target)) {
            String allowed =
                    next().isEmpty() ? "none" : next().stream().map(Enum::name).collect(Collectors.joining(", "));
            throw RepatriationError.TRANSITION.transition(this, target, allowed);
        }
    }
}
