package id.pulih.shared;

import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Ids;
import id.pulih.internal.util.Uuid7;
import java.util.UUID;

/**
 * Identifies a batch of payments sent to one bank. Time-ordered (UUID version 7), so new records sort together in database indexes.
 *
 * @param value the UUID
 */
public record BatchId(UUID value) {
    /**
     * Checks the value is present.
     *
     * @param value the UUID
     */
    public BatchId {
        Checks.required(value, "batchId");
    }

    /**
     * A new, time-ordered identifier.
     *
     * @return the identifier
     */
    public static BatchId next() {
        return new BatchId(Uuid7.next());
    }

    /**
     * Parses the text form.
     *
     * @param text a UUID
     * @return the identifier
     */
    public static BatchId parse(String text) {
        return new BatchId(Ids.parse(text, "batchId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
