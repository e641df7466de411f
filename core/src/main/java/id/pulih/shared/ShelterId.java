package id.pulih.shared;

import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Ids;
import id.pulih.internal.util.Uuid7;
import java.util.UUID;

/**
 * Identifies a shelter. Time-ordered (UUID version 7), so new records sort together in database indexes.
 *
 * @param value the UUID
 */
public record ShelterId(UUID value) {
    /**
     * Checks the value is present.
     *
     * @param value the UUID
     */
    public ShelterId {
        Checks.required(value, "shelterId");
    }

    /**
     * A new, time-ordered identifier.
     *
     * @return the identifier
     */
    public static ShelterId next() {
        return new ShelterId(Uuid7.next());
    }

    /**
     * Parses the text form.
     *
     * @param text a UUID
     * @return the identifier
     */
    public static ShelterId parse(String text) {
        return new ShelterId(Ids.parse(text, "shelterId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
