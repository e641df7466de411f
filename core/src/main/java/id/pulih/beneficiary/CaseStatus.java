package id.pulih.beneficiary;

import id.pulih.shared.IllegalTransitionException;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a case stands. The legal moves:
 *
 * <pre>
 * REGISTERED --admit--> SHELTERED --hand over--> REPATRIATED --plan--> IN_REINTEGRATION --close--> CLOSED
 * REGISTERED -----------------------------------------------------> IN_REINTEGRATION   (registered at home)
 * any open status --close (with an outcome)--> CLOSED --reopen (with a reason)--> the status before closing
 * </pre>
 *
 * Anything else is refused with an {@link IllegalTransitionException} naming the current and requested state.
 */
public enum CaseStatus {
    /** Registered at intake. */
    REGISTERED,
    /** Admitted to a shelter. */
    SHELTERED,
    /** Handed over to the Dinas Sosial of the area of origin. */
    REPATRIATED,
    /** Receiving reintegration services. */
    IN_REINTEGRATION,
    /** Closed with an outcome. */
    CLOSED;

    /**
     * The statuses that may follow this one (reopening a closed case is a separate move).
     *
     * @return the allowed next statuses
     */
    public Set<CaseStatus> next() {
        return switch (this) {
            case REGISTERED -> EnumSet.of(SHELTERED, IN_REINTEGRATION, CLOSED);
            case SHELTERED -> EnumSet.of(REPATRIATED, CLOSED);
            case REPATRIATED -> EnumSet.of(IN_REINTEGRATION, CLOSED);
            case IN_REINTEGRATION -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    /**
     * Whether a move to {@code target} is legal.
     *
     * @param target the requested status
     * @return true when allowed
     */
    public boolean canMoveTo(CaseStatus target) {
        return next().contains(target);
    }

    /**
     * Refuses an illegal move.
     *
     * @param target the requested status
     * @throws IllegalTransitionException coded {@code case.transition} when not allowed
     */
    public void requireMoveTo(CaseStatus target) {
        if (!canMoveTo(target)) {
            String allowed = next().isEmpty()
                    ? "none; reopen the case first"
                    : next().stream().map(Enum::name).collect(Collectors.joining(", "));
            throw BeneficiaryError.CASE_TRANSITION.transition(this, target, allowed);
        }
    }
}
