package id.pulih.internal.util;

import id.pulih.shared.InvalidValueException;
import id.pulih.shared.SharedError;
import java.util.UUID;

/** Parsing shared by the typed identifiers ({@code BeneficiaryId}, {@code ShelterId}, ...). */
public final class Ids {
    private Ids() {}

    /**
     * Parses a UUID, reporting bad text as an {@link InvalidValueException} coded {@code <field>.format}.
     *
     * @param text the UUID text
     * @param field the field name to report
     * @return the UUID
     */
    public static UUID parse(String text, String field) {
        String value = Checks.requiredText(text, field);
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw SharedError.ID_FORMAT.invalidAt(field, "a UUID such as 0190f5c2-...");
        }
    }
}
