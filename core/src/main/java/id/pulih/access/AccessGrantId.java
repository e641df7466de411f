package id.pulih.access;

import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Ids;
import id.pulih.internal.util.Uuid7;
import java.util.UUID;

/**
 * Identifies a break-the-glass access grant. Time-ordered (UUID version 7), so new records sort together in database indexes.
 *
 * @param value the UUID
 */
public record AccessGrantId(UUID value) {
    /**
     * Checks the value is present.
     *
     * @param value the UUID
     */
    public AccessGrantId {
        Checks.required(value, "grantId");
    }

    /**
     * A new, time-ordered identifier.
     *
     * @return the identifier
     */
    public static AccessGrantId next() {
        return new AccessGrantId(Uuid7.next());
    }

    /**
     * Parses the text form.
     *
     * @param text a UUID
     * @return the identifier
     */
    public static AccessGrantId parse(String text) {
        return new AccessGrantId(Ids.parse(text, "grantId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
