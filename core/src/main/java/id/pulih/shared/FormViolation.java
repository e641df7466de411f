package id.pulih.shared;

import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Violations;
import jakarta.validation.ConstraintViolation;

/**
 * One problem found in a submitted form: the field (a property path such as {@code returnInfo.country}), the machine
 * code and a readable message. Messages never contain a whole identifier.
 *
 * @param field the property path of the field
 * @param code the machine code, the same one the value factories use ({@code nik.province})
 * @param message what is wrong and what is expected
 */
public record FormViolation(String field, String code, String message) {
    /**
     * Checks that every part is present.
     *
     * @param field the field
     * @param code the code
     * @param message the message
     */
    public FormViolation {
        Checks.required(field, "field");
        Checks.required(code, "code");
        Checks.required(message, "message");
    }

    /**
     * The violation a Jakarta constraint reports, with Pulih's stable code: for a constraint such as
     * {@code @ValidNik} the code the value factory would give ({@code nik.province}), otherwise
     * {@code <field>.<constraint>} ({@code name.notnull}).
     *
     * @param violation a violation reported by a Jakarta validator; not null
     * @return the violation with its field path, code and message
     */
    public static FormViolation of(ConstraintViolation<?> violation) {
        return new FormViolation(
                violation.getPropertyPath().toString(), Violations.codeOf(violation), violation.getMessage());
    }
}
