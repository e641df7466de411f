package id.pulih.shared;

import java.util.UUID;

/**
 * Identifies a break-the-glass access grant. Time-ordered (UUID version 7), so new records sort together in database indexes.
 *
 * @param value the UUID
 */
public record GrantId(UUID value) {
    /**
     * Checks the value is present.
     *
     * @param value the UUID
     */
    public GrantId {
        Checks.required(value, "grantId");
    }

    /**
     * A new, time-ordered identifier.
     *
     * @return the identifier
     */
    public static GrantId next() {
        return new GrantId(Uuid7.next());
    }

    /**
     * Parses the text form.
     *
     * @param text a UUID
     * @return the identifier
     */
    public static GrantId parse(String text) {
        return new GrantId(Ids.parse(text, "grantId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
