package id.pulih.shared;

import id.pulih.internal.util.Checks;

/**
 * One field of a record as a change left it: its name, and what it showed before and after, as masked text. A
 * correction keeps these in the case's history and its audit entry; neither ever holds a whole identifier (a NIK,
 * No. KK, phone or account number shows only its last four digits) nor a whole name.
 *
 * <pre>{@code
 * new FieldChange("phone", "**********7890", "**********1234");
 * }</pre>
 *
 * @param field the field's name, such as {@code name} or {@code familyCardNumber}; not blank, at most
 *     {@link TextLimit#CODE} characters
 * @param before what the field showed before, masked; {@code none} when it was empty
 * @param after what the field shows after, masked; {@code none} when it is empty
 */
public record FieldChange(String field, String before, String after) {
    /** What a change shows for a field without a value. */
    public static final String NONE = "none";

    /**
     * Checks every part.
     *
     * @param field the field
     * @param before before, masked
     * @param after after, masked
     * @throws InvalidValueException coded {@code field.required}, {@code before.required}, {@code after.required}
     *     for a missing part, {@code text.length} for a part too long
     */
    public FieldChange {
        field = Checks.requiredText(field, "field", TextLimit.CODE);
        before = Checks.requiredText(before, "before", TextLimit.NOTE);
        after = Checks.requiredText(after, "after", TextLimit.NOTE);
    }

    /** Shows the field and both masked values. */
    @Override
    public String toString() {
        return field + ": " + before + " -> " + after;
    }
}
