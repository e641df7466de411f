package id.pulih.privacy;

import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Ids;
import id.pulih.internal.util.Uuid7;
import java.util.UUID;

/**
 * Identifies a data-subject request. Time-ordered (UUID version 7).
 *
 * @param value the UUID
 */
public record RequestId(UUID value) {
    /**
     * Checks the value is present.
     *
     * @param value the UUID
     */
    public RequestId {
        Checks.required(value, "requestId");
    }

    /**
     * A new, time-ordered identifier.
     *
     * @return the identifier
     */
    public static RequestId next() {
        return new RequestId(Uuid7.next());
    }

    /**
     * Parses the text form.
     *
     * @param text a UUID
     * @return the identifier
     */
    public static RequestId parse(String text) {
        return new RequestId(Ids.parse(text, "requestId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
