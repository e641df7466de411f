package id.pulih.shared;

import java.util.Map;

/**
 * A state machine was asked for a move it does not allow, for example a case from {@code REGISTERED} straight to
 * {@code CLOSED} without an outcome, or a repatriation from {@code CANCELLED} to {@code IN_TRANSIT}. Code
 * {@code <machine>.transition}, one catalogue entry per state machine.
 */
public final class IllegalTransitionException extends PulihException {
    private static final long serialVersionUID = 1L;

    private final String current;
    private final String requested;

    /**
     * Creates the exception; use {@link ErrorCode#transition(Enum, Enum, String)}.
     *
     * @param code the state machine's entry, thrown as this type
     * @param current the current state
     * @param requested the requested state
     * @param allowed the states that may follow the current one, for the message
     */
    IllegalTransitionException(ErrorCode code, Enum<?> current, Enum<?> requested, String allowed) {
        super(code, Map.of("current", current.name(), "requested", requested.name(), "allowed", allowed), null, null);
        this.current = current.name();
        this.requested = requested.name();
    }

    /**
     * The state machine, as named by the code's prefix, for example {@code case} or {@code repatriation}.
     *
     * @return the state machine's name
     */
    public String recordType() {
        return code().substring(0, code().lastIndexOf('.'));
    }

    /**
     * The state the record is in.
     *
     * @return the current state's name
     */
    public String current() {
        return current;
    }

    /**
     * The state that was requested.
     *
     * @return the requested state's name
     */
    public String requested() {
        return requested;
    }
}
