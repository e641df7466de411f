package id.pulih.shared;

import java.util.Map;

/**
 * A business rule refused an operation: a shelter is full, a repatriation needs an open stay, ... The
 * {@link #code()} names the rule ({@code shelter.full}); the message says what is wrong and what would be accepted.
 * Thrown from a catalogue entry: {@code ShelterError.FULL.violation(...)}.
 */
public class RuleViolationException extends PulihException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; use {@link ErrorCode#violation(Object...)}.
     *
     * @param code the rule, an entry thrown as this type
     * @param arguments the template's values by name
     */
    RuleViolationException(ErrorCode code, Map<String, ?> arguments) {
        super(code, arguments, null, null);
    }
}
