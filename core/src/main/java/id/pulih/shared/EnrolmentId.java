package id.pulih.shared;

import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Ids;
import id.pulih.internal.util.Uuid7;
import java.util.UUID;

/**
 * Identifies the enrolment of a beneficiary in a programme. Time-ordered (UUID version 7), so new records sort together in database indexes.
 *
 * @param value the UUID
 */
public record EnrolmentId(UUID value) {
    /**
     * Checks the value is present.
     *
     * @param value the UUID
     */
    public EnrolmentId {
        Checks.required(value, "enrolmentId");
    }

    /**
     * A new, time-ordered identifier.
     *
     * @return the identifier
     */
    public static EnrolmentId next() {
        return new EnrolmentId(Uuid7.next());
    }

    /**
     * Parses the text form.
     *
     * @param text a UUID
     * @return the identifier
     */
    public static EnrolmentId parse(String text) {
        return new EnrolmentId(Ids.parse(text, "enrolmentId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
