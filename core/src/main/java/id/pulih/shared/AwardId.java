package id.pulih.shared;

import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Ids;
import id.pulih.internal.util.Uuid7;
import java.util.UUID;

/**
 * Identifies a grant awarded to one participant. Time-ordered (UUID version 7), so new records sort together in database indexes.
 *
 * @param value the UUID
 */
public record AwardId(UUID value) {
    /**
     * Checks the value is present.
     *
     * @param value the UUID
     */
    public AwardId {
        Checks.required(value, "awardId");
    }

    /**
     * A new, time-ordered identifier.
     *
     * @return the identifier
     */
    public static AwardId next() {
        return new AwardId(Uuid7.next());
    }

    /**
     * Parses the text form.
     *
     * @param text a UUID
     * @return the identifier
     */
    public static AwardId parse(String text) {
        return new AwardId(Ids.parse(text, "awardId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
