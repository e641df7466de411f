package id.pulih.beneficiary;

import id.pulih.internal.util.Checks;
import id.pulih.shared.Nullable;
import id.pulih.shared.TextLimit;
import java.time.Instant;

/**
 * One move of a case's status.
 *
 * @param from the status before (null for the registration itself)
 * @param to the status after
 * @param at when
 * @param actorId who
 * @param reason why (required to reopen; may be empty otherwise)
 */
public record StatusChange(@Nullable CaseStatus from, CaseStatus to, Instant at, String actorId, String reason) {
    /**
     * Checks every part.
     *
     * @param from before
     * @param to after
     * @param at when
     * @param actorId who
     * @param reason why
     */
    public StatusChange {
        Checks.required(to, "to");
        Checks.required(at, "at");
        actorId = Checks.requiredText(actorId, "actorId");
        // the outcome or "reopened: " before the officer's text, which is itself at most a REASON long
        reason = Checks.optionalText(reason, "reason", TextLimit.SUMMARY);
    }
}
