package id.pulih.shared;

import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Ids;
import id.pulih.internal.util.Uuid7;
import java.util.UUID;

/**
 * Identifies one stay of a beneficiary in a shelter. Time-ordered (UUID version 7), so new records sort together in database indexes.
 *
 * @param value the UUID
 */
public record StayId(UUID value) {
    /**
     * Checks the value is present.
     *
     * @param value the UUID
     */
    public StayId {
        Checks.required(value, "stayId");
    }

    /**
     * A new, time-ordered identifier.
     *
     * @return the identifier
     */
    public static StayId next() {
        return new StayId(Uuid7.next());
    }

    /**
     * Parses the text form.
     *
     * @param text a UUID
     * @return the identifier
     */
    public static StayId parse(String text) {
        return new StayId(Ids.parse(text, "stayId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
