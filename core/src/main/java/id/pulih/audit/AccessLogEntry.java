package id.pulih.audit;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import java.time.Instant;
import java.util.UUID;

/**
 * One attempt to reach a case: every read, every use of a break-the-glass grant, every refusal.
 *
 * @param id the entry's id (time-ordered)
 * @param at when
 * @param actorId who
 * @param beneficiary the case
 * @param action what was attempted, for example {@code case.read}
 * @param outcome allowed, allowed by a grant, or denied
 */
public record AccessLogEntry(
        UUID id, Instant at, String actorId, BeneficiaryId beneficiary, String action, AccessOutcome outcome) {
    /**
     * Checks every part.
     *
     * @param id the id
     * @param at when
     * @param actorId who
     * @param beneficiary the case
     * @param action the action
     * @param outcome the outcome
     */
    public AccessLogEntry {
        Checks.required(id, "id");
        Checks.required(at, "at");
        Checks.requiredText(actorId, "actorId");
        Checks.required(beneficiary, "beneficiary");
        Checks.requiredText(action, "action");
        Checks.required(outcome, "outcome");
    }
}
