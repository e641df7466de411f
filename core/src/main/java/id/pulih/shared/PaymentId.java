package id.pulih.shared;

import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Ids;
import id.pulih.internal.util.Uuid7;
import java.util.UUID;

/**
 * Identifies one payment attempt of an award by bank transfer. Time-ordered (UUID version 7), so new records sort together in database indexes.
 *
 * @param value the UUID
 */
public record PaymentId(UUID value) {
    /**
     * Checks the value is present.
     *
     * @param value the UUID
     */
    public PaymentId {
        Checks.required(value, "paymentId");
    }

    /**
     * A new, time-ordered identifier.
     *
     * @return the identifier
     */
    public static PaymentId next() {
        return new PaymentId(Uuid7.next());
    }

    /**
     * Parses the text form.
     *
     * @param text a UUID
     * @return the identifier
     */
    public static PaymentId parse(String text) {
        return new PaymentId(Ids.parse(text, "paymentId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
