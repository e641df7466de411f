package id.pulih.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A form (an intake form, an admission, a plan, ...) was refused: it carries every violation found, not only the
 * first, so a user can correct all of them at once. Code {@code form.invalid} ({@link SharedError#FORM_INVALID}).
 */
public final class InvalidFormException extends PulihException {
    private static final long serialVersionUID = 1L;

    private final String form;
    private final transient List<FormViolation> violations;

    /**
     * Creates the exception.
     *
     * @param form the name of the form, for example {@code IntakeForm}
     * @param violations every violation found; not empty
     */
    public InvalidFormException(String form, List<FormViolation> violations) {
        super(
                SharedError.FORM_INVALID,
                SharedError.FORM_INVALID.arguments(form, violations.size(), summary(violations)),
                null,
                null);
        this.form = form;
        this.violations = List.copyOf(violations);
    }

    private static String summary(List<FormViolation> violations) {
        return violations.stream()
                .map(v -> v.field() + " " + v.message() + " [" + v.code() + "]")
                .collect(Collectors.joining("; "));
    }

    /**
     * The name of the refused form.
     *
     * @return the form's name
     */
    public String form() {
        return form;
    }

    /**
     * Every violation found, sorted by field.
     *
     * @return the violations, never empty
     */
    public List<FormViolation> violations() {
        return violations;
    }

    /**
     * The codes of every violation, for quick assertions and logs.
     *
     * @return the codes
     */
    public List<String> codes() {
        return violations.stream().map(FormViolation::code).toList();
    }
}
