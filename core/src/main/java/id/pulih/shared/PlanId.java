package id.pulih.shared;

import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Ids;
import id.pulih.internal.util.Uuid7;
import java.util.UUID;

/**
 * Identifies a reintegration plan. Time-ordered (UUID version 7), so new records sort together in database indexes.
 *
 * @param value the UUID
 */
public record PlanId(UUID value) {
    /**
     * Checks the value is present.
     *
     * @param value the UUID
     */
    public PlanId {
        Checks.required(value, "planId");
    }

    /**
     * A new, time-ordered identifier.
     *
     * @return the identifier
     */
    public static PlanId next() {
        return new PlanId(Uuid7.next());
    }

    /**
     * Parses the text form.
     *
     * @param text a UUID
     * @return the identifier
     */
    public static PlanId parse(String text) {
        return new PlanId(Ids.parse(text, "planId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
