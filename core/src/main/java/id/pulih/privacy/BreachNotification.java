package id.pulih.privacy;

import id.pulih.internal.util.Checks;
import id.pulih.shared.TextLimit;
import java.time.Instant;

/**
 * A written notification of a breach to one party.
 *
 * @param party whom
 * @param notifiedAt when it was sent
 * @param recordedBy the officer who recorded it
 * @param means how (letter number, e-mail, visit), at most {@link TextLimit#DETAIL} characters
 */
public record BreachNotification(NotifiedParty party, Instant notifiedAt, String recordedBy, String means) {
    /**
     * Checks every part.
     *
     * @param party whom
     * @param notifiedAt when
     * @param recordedBy by
     * @param means how
     */
    public BreachNotification {
        Checks.required(party, "party");
        Checks.required(notifiedAt, "notifiedAt");
        recordedBy = Checks.requiredText(recordedBy, "recordedBy");
        means = Checks.requiredText(means, "means", TextLimit.DETAIL);
    }
}
