package id.pulih.shared;

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
}
