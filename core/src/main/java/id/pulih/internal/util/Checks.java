package id.pulih.internal.util;

import id.pulih.shared.InvalidValueException;
import id.pulih.shared.SharedError;

/**
 * Argument checks shared by the value factories, so that every factory refuses {@code null} and blank input in
 * the same way: with an {@link InvalidValueException} coded {@code <field>.required}, never a bare
 * {@link NullPointerException}.
 */
public final class Checks {
    private Checks() {}

    /**
     * Refuses {@code null}.
     *
     * @param value the value to check
     * @param field the field name reported when it is null
     * @param <T> the value's type
     * @return the value, not null
     * @throws InvalidValueException coded {@code <field>.required} when the value is null
     */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw SharedError.REQUIRED.invalidAt(field, "none was given");
        }
        return value;
    }

    /**
     * Refuses {@code null} and text that is empty or only white space.
     *
     * @param value the text to check
     * @param field the field name reported when it is missing
     * @return the text, stripped of leading and trailing white space
     * @throws InvalidValueException coded {@code <field>.required} when the text is null or blank
     */
    public static String requiredText(String value, String field) {
        required(value, field);
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw SharedError.REQUIRED.invalidAt(field, "it was empty");
        }
        return stripped;
    }
}
