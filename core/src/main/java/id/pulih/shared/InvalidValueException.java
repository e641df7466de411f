package id.pulih.shared;

import java.util.Objects;

/**
 * A value was refused by a factory such as {@code Nik.of} or {@code Rupiah.parse}.
 *
 * <p>It names the field, the rule broken (as a stable {@link #code()}) and what was expected, and never the whole
 * value when that value is an identifier:
 *
 * <pre>{@code
 * try {
 *     Nik.of("9902014507900001");
 * } catch (InvalidValueException e) {
 *     e.field();   // "nik"
 *     e.code();    // "nik.province"
 *     e.detail();  // "province code 99 is not in the official Kemendagri list"
 * }
 * }</pre>
 */
public final class InvalidValueException extends PulihException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String detail;

    /**
     * Creates the exception.
     *
     * @param field the name of the field or value, for example {@code nik}; not null
     * @param code the stable machine code, for example {@code nik.province}; not null
     * @param detail what is wrong and what is expected, without the whole identifier; not null
     */
    public InvalidValueException(String field, String code, String detail) {
        super(Objects.requireNonNull(code, "code"), field + ": " + detail + " [" + code + "]");
        this.field = Objects.requireNonNull(field, "field");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /**
     * The field or value that was refused, such as {@code nik} or {@code bankAccount.number}.
     *
     * @return the field name, never null
     */
    public String field() {
        return field;
    }

    /**
     * What is wrong and what is expected, without the field name or code.
     *
     * @return the detail, never null
     */
    public String detail() {
        return detail;
    }

    /**
     * Returns the same refusal under another field name, for a value nested in a larger one (a holder name in a
     * bank account becomes {@code bankAccount.holder}).
     *
     * @param newField the field name to report; not null
     * @return a new exception with the same code and detail
     */
    public InvalidValueException withField(String newField) {
        InvalidValueException renamed = new InvalidValueException(newField, code(), detail);
        renamed.setStackTrace(getStackTrace());
        return renamed;
    }
}
