package id.pulih.shared;

import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Ids;
import id.pulih.internal.util.Uuid7;
import java.util.UUID;

/**
 * Identifies a potential duplicate registration. Time-ordered (UUID version 7), so new records sort together in database indexes.
 *
 * @param value the UUID
 */
public record DuplicateId(UUID value) {
    /**
     * Checks the value is present.
     *
     * @param value the UUID
     */
    public DuplicateId {
        Checks.required(value, "duplicateId");
    }

    /**
     * A new, time-ordered identifier.
     *
     * @return the identifier
     */
    public static DuplicateId next() {
        return new DuplicateId(Uuid7.next());
    }

    /**
     * Parses the text form.
     *
     * @param text a UUID
     * @return the identifier
     */
    public static DuplicateId parse(String text) {
        return new DuplicateId(Ids.parse(text, "duplicateId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
