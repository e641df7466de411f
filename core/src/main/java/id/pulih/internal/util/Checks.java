package id.pulih.internal.util;

import id.pulih.shared.InvalidValueException;
import id.pulih.shared.SharedError;
import id.pulih.shared.TextLimit;
import java.util.Collection;

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

    /**
     * Refuses {@code null}, blank text and text longer than its limit.
     *
     * @param value the text to check
     * @param field the field name reported
     * @param limit the kind of text, which declares its maximum; not null
     * @return the text, stripped of leading and trailing white space
     * @throws InvalidValueException coded {@code <field>.required} when the text is null or blank, {@code
     *     text.length} when it is too long
     */
    public static String requiredText(String value, String field, TextLimit limit) {
        return limited(requiredText(value, field), field, limit);
    }

    /**
     * Treats {@code null} as empty text and refuses text longer than its limit.
     *
     * @param value the text to check, or null
     * @param field the field name reported
     * @param limit the kind of text, which declares its maximum; not null
     * @return the text stripped of leading and trailing white space, or the empty string for null
     * @throws InvalidValueException coded {@code text.length} when the text is too long
     */
    public static String optionalText(String value, String field, TextLimit limit) {
        return value == null ? "" : text(value, field, limit);
    }

    /**
     * Refuses {@code null} and text longer than its limit; empty text is allowed.
     *
     * @param value the text to check
     * @param field the field name reported
     * @param limit the kind of text, which declares its maximum; not null
     * @return the text, stripped of leading and trailing white space
     * @throws InvalidValueException coded {@code <field>.required} when the text is null, {@code text.length} when
     *     it is too long
     */
    public static String text(String value, String field, TextLimit limit) {
        return limited(required(value, field).strip(), field, limit);
    }

    /**
     * Refuses a collection with more entries than allowed.
     *
     * @param values the collection; not null
     * @param field the field name reported
     * @param max the most entries allowed
     * @param <C> the collection's type
     * @return the same collection
     * @throws InvalidValueException coded {@code <field>.size} when it has more than {@code max} entries
     */
    public static <C extends Collection<?>> C atMost(C values, String field, int max) {
        required(values, field);
        if (values.size() > max) {
            throw SharedError.SIZE.invalidAt(field, max, values.size());
        }
        return values;
    }

    private static String limited(String stripped, String field, TextLimit limit) {
        required(limit, "limit");
        if (stripped.length() > limit.max()) {
            // the length only, never the text: a note may hold what no error message should repeat
            throw SharedError.TEXT_LENGTH.invalidAt(field, limit.max(), stripped.length());
        }
        return stripped;
    }
}
