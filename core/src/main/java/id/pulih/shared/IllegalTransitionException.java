package id.pulih.shared;

/**
 * A state machine was asked for a move it does not allow, for example a case from {@code REGISTERED} straight to
 * {@code CLOSED} without an outcome, or a repatriation from {@code CANCELLED} to {@code IN_TRANSIT}. Code
 * {@code <recordType>.transition}.
 */
public final class IllegalTransitionException extends PulihException {
    private static final long serialVersionUID = 1L;

    private final String recordType;
    private final String current;
    private final String requested;

    /**
     * Creates the exception.
     *
     * @param recordType the kind of record, for example {@code case}
     * @param current the current state
     * @param requested the requested state
     * @param allowed the states that may follow the current one, for the message
     */
    public IllegalTransitionException(String recordType, Enum<?> current, Enum<?> requested, String allowed) {
        super(
                recordType + ".transition",
                recordType + " cannot move from " + current.name() + " to " + requested.name() + " (allowed from "
                        + current.name() + ": " + allowed + ")");
        this.recordType = recordType;
        this.current = current.name();
        this.requested = requested.name();
    }

    /**
     * The kind of record.
     *
     * @return the record type
     */
    public String recordType() {
        return recordType;
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
