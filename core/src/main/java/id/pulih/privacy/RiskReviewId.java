package id.pulih.privacy;

import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Ids;
import id.pulih.internal.util.Uuid7;
import java.util.UUID;

/**
 * Identifies the human review of a risk score. Time-ordered (UUID version 7).
 *
 * @param value the UUID
 */
public record RiskReviewId(UUID value) {
    /**
     * Checks the value is present.
     *
     * @param value the UUID
     */
    public RiskReviewId {
        Checks.required(value, "riskReviewId");
    }

    /**
     * A new, time-ordered identifier.
     *
     * @return the identifier
     */
    public static RiskReviewId next() {
        return new RiskReviewId(Uuid7.next());
    }

    /**
     * Parses the text form.
     *
     * @param text a UUID
     * @return the identifier
     */
    public static RiskReviewId parse(String text) {
        return new RiskReviewId(Ids.parse(text, "riskReviewId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
