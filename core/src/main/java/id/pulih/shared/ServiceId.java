package id.pulih.shared;

import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Ids;
import id.pulih.internal.util.Uuid7;
import java.util.UUID;

/**
 * Identifies one service in a reintegration plan. Time-ordered (UUID version 7), so new records sort together in database indexes.
 *
 * @param value the UUID
 */
public record ServiceId(UUID value) {
    /**
     * Checks the value is present.
     *
     * @param value the UUID
     */
    public ServiceId {
        Checks.required(value, "serviceId");
    }

    /**
     * A new, time-ordered identifier.
     *
     * @return the identifier
     */
    public static ServiceId next() {
        return new ServiceId(Uuid7.next());
    }

    /**
     * Parses the text form.
     *
     * @param text a UUID
     * @return the identifier
     */
    public static ServiceId parse(String text) {
        return new ServiceId(Ids.parse(text, "serviceId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
