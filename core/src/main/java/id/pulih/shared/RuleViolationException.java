package id.pulih.shared;

/**
 * A business rule refused an operation: a shelter is full, a beneficiary already has an open stay, a repatriation
 * needs an open stay, ... The {@link #code()} names the rule ({@code shelter.full}); the message says what is wrong
 * and what would be accepted.
 */
public class RuleViolationException extends PulihException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param code the rule, for example {@code shelter.full}
     * @param detail what is wrong and what is expected, without whole identifiers
     */
    public RuleViolationException(String code, String detail) {
        super(code, detail + " [" + code + "]");
    }
}
