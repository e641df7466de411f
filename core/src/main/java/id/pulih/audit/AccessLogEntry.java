package id.pulih.audit;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.Nullable;
import id.pulih.shared.TextLimit;
import java.time.Instant;
import java.util.Optional;
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
        UUID id,
        Instant at,
        String actorId,
        BeneficiaryId beneficiary,
        String action,
        AccessOutcome outcome,
        @Nullable String statedPurpose) {
    /**
     * Checks every part.
     *
     * @param id the id
     * @param at when
     * @param actorId who
     * @param beneficiary the case
     * @param action the action
     * @param outcome the outcome
     * @param statedPurpose the purpose the officer stated for the read (an identified export's), or null
     */
    public AccessLogEntry {
        Checks.required(id, "id");
        Checks.required(at, "at");
        Checks.requiredText(actorId, "actorId");
        Checks.required(beneficiary, "beneficiary");
        Checks.requiredText(action, "action");
        Checks.required(outcome, "outcome");
        String purpose = Checks.optionalText(statedPurpose, "purpose", TextLimit.REASON);
        statedPurpose = purpose.isEmpty() ? null : purpose;
    }

    /**
     * An entry with no purpose stated: the reads and refusals of every ordinary call.
     *
     * @param id the id
     * @param at when
     * @param actorId who
     * @param beneficiary the case
     * @param action the action
     * @param outcome the outcome
     */
    public AccessLogEntry(
            UUID id, Instant at, String actorId, BeneficiaryId beneficiary, String action, AccessOutcome outcome) {
        this(id, at, actorId, beneficiary, action, outcome, null);
    }

    /**
     * The purpose the officer stated for the read, as an identified export asks for ({@code --purpose}).
     *
     * @return the purpose, or empty for an ordinary read
     */
    public Optional<String> purpose() {
        return Optional.ofNullable(statedPurpose);
    }
}
