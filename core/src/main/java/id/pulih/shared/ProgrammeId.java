package id.pulih.shared;

import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Ids;
import id.pulih.internal.util.Uuid7;
import java.util.UUID;

/**
 * Identifies a social guidance programme event (bimbingan sosial). Time-ordered (UUID version 7), so new records sort together in database indexes.
 *
 * @param value the UUID
 */
public record ProgrammeId(UUID value) {
    /**
     * Checks the value is present.
     *
     * @param value the UUID
     */
    public ProgrammeId {
        Checks.required(value, "programmeId");
    }

    /**
     * A new, time-ordered identifier.
     *
     * @return the identifier
     */
    public static ProgrammeId next() {
        return new ProgrammeId(Uuid7.next());
    }

    /**
     * Parses the text form.
     *
     * @param text a UUID
     * @return the identifier
     */
    public static ProgrammeId parse(String text) {
        return new ProgrammeId(Ids.parse(text, "programmeId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
