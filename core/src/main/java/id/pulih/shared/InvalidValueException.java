package id.pulih.shared;

import java.util.Map;
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
 *     e.detail();  // "province code 99 (the first 2 digits) is not in the official Kemendagri list"
 * }
 * }</pre>
 */
public final class InvalidValueException extends PulihException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * Creates the exception; use {@link ErrorCode#invalid(Object...)} or {@link ErrorCode#invalidAt}.
     *
     * @param code the entry, thrown as this type
     * @param field the name of the field or value, for example {@code nik}; not null
     * @param arguments the template's values by name
     */
    InvalidValueException(ErrorCode code, String field, Map<String, ?> arguments) {
        super(code, with(arguments, "field", Objects.requireNonNull(field, "field")), field, null);
        this.field = field;
    }

    private InvalidValueException(InvalidValueException original, String field) {
        // the arguments keep the original field, so that a family code ({field}.required) stays the same
        super(original.errorCode(), original.arguments(), field, null);
        this.field = field;
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
     * Returns the same refusal under another field name, for a value nested in a larger one (a holder name in a
     * bank account becomes {@code bankAccount.holder}).
     *
     * @param newField the field name to report; not null
     * @return a new exception with the same code and detail
     */
    public InvalidValueException withField(String newField) {
        InvalidValueException renamed = new InvalidValueException(this, Objects.requireNonNull(newField, "newField"));
        renamed.setStackTrace(getStackTrace());
        return renamed;
    }
}
