package id.pulih.shared;

import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Ids;
import id.pulih.internal.util.Uuid7;
import java.util.UUID;

/**
 * Identifies one scheduled follow-up visit of a reintegration plan. Time-ordered (UUID version 7), so new records sort together in database indexes.
 *
 * @param value the UUID
 */
public record FollowUpId(UUID value) {
    /**
     * Checks the value is present.
     *
     * @param value the UUID
     */
    public FollowUpId {
        Checks.required(value, "followUpId");
    }

    /**
     * A new, time-ordered identifier.
     *
     * @return the identifier
     */
    public static FollowUpId next() {
        return new FollowUpId(Uuid7.next());
    }

    /**
     * Parses the text form.
     *
     * @param text a UUID
     * @return the identifier
     */
    public static FollowUpId parse(String text) {
        return new FollowUpId(Ids.parse(text, "followUpId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
