package id.pulih.privacy;

import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Ids;
import id.pulih.internal.util.Uuid7;
import java.util.UUID;

/**
 * Identifies a breach of personal data in the breach register. Time-ordered (UUID version 7).
 *
 * @param value the UUID
 */
public record BreachId(UUID value) {
    /**
     * Checks the value is present.
     *
     * @param value the UUID
     */
    public BreachId {
        Checks.required(value, "breachId");
    }

    /**
     * A new, time-ordered identifier.
     *
     * @return the identifier
     */
    public static BreachId next() {
        return new BreachId(Uuid7.next());
    }

    /**
     * Parses the text form.
     *
     * @param text a UUID
     * @return the identifier
     */
    public static BreachId parse(String text) {
        return new BreachId(Ids.parse(text, "breachId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
