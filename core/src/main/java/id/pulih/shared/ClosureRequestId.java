package id.pulih.shared;

import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Ids;
import id.pulih.internal.util.Uuid7;
import java.util.UUID;

/**
 * Identifies a request to close a case. Time-ordered (UUID version 7), so new records sort together in database indexes.
 *
 * @param value the UUID
 */
public record ClosureRequestId(UUID value) {
    /**
     * Checks the value is present.
     *
     * @param value the UUID
     */
    public ClosureRequestId {
        Checks.required(value, "closureRequestId");
    }

    /**
     * A new, time-ordered identifier.
     *
     * @return the identifier
     */
    public static ClosureRequestId next() {
        return new ClosureRequestId(Uuid7.next());
    }

    /**
     * Parses the text form.
     *
     * @param text a UUID
     * @return the identifier
     */
    public static ClosureRequestId parse(String text) {
        return new ClosureRequestId(Ids.parse(text, "closureRequestId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
