package id.pulih.shared;

import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Ids;
import id.pulih.internal.util.Uuid7;
import java.util.UUID;

/**
 * Identifies one planned return of a beneficiary to the area of origin. Time-ordered (UUID version 7), so new records sort together in database indexes.
 *
 * @param value the UUID
 */
public record RepatriationId(UUID value) {
    /**
     * Checks the value is present.
     *
     * @param value the UUID
     */
    public RepatriationId {
        Checks.required(value, "repatriationId");
    }

    /**
     * A new, time-ordered identifier.
     *
     * @return the identifier
     */
    public static RepatriationId next() {
        return new RepatriationId(Uuid7.next());
    }

    /**
     * Parses the text form.
     *
     * @param text a UUID
     * @return the identifier
     */
    public static RepatriationId parse(String text) {
        return new RepatriationId(Ids.parse(text, "repatriationId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
