package id.pulih.shared;

import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Ids;
import id.pulih.internal.util.Uuid7;
import java.util.UUID;

/**
 * Identifies a business stimulus grant scheme (bantuan stimulan usaha). Time-ordered (UUID version 7), so new records sort together in database indexes.
 *
 * @param value the UUID
 */
public record SchemeId(UUID value) {
    /**
     * Checks the value is present.
     *
     * @param value the UUID
     */
    public SchemeId {
        Checks.required(value, "schemeId");
    }

    /**
     * A new, time-ordered identifier.
     *
     * @return the identifier
     */
    public static SchemeId next() {
        return new SchemeId(Uuid7.next());
    }

    /**
     * Parses the text form.
     *
     * @param text a UUID
     * @return the identifier
     */
    public static SchemeId parse(String text) {
        return new SchemeId(Ids.parse(text, "schemeId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
