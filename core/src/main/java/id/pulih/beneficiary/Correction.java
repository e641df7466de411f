package id.pulih.beneficiary;

import id.pulih.internal.util.Checks;
import id.pulih.shared.FieldChange;
import id.pulih.shared.TextLimit;
import java.time.Instant;
import java.util.List;

/**
 * One rectification or completion of a case's record (UU PDP No. 27/2022 art. 6): when, by whom, why, and which
 * fields it changed, masked as {@link FieldChange} shows them. A case keeps every correction in its
 * {@link CaseHistory}; the audit entry of the command lists the same changes.
 *
 * @param at when
 * @param actorId who corrected
 * @param reason why, as the officer gave it; not blank, at most {@link TextLimit#REASON} characters
 * @param changes the fields changed, at least one, in the order of {@link CaseField}
 */
public record Correction(Instant at, String actorId, String reason, List<FieldChange> changes) {
    /**
     * Checks every part and copies the changes.
     *
     * @param at when
     * @param actorId who
     * @param reason why
     * @param changes the changes
     * @throws id.pulih.shared.InvalidValueException coded {@code reason.required} or {@code text.length} for the
     *     reason, {@code changes.required} for no change at all
     */
    public Correction {
        Checks.required(at, "at");
        actorId = Checks.requiredText(actorId, "actorId");
        reason = Checks.requiredText(reason, "reason", TextLimit.REASON);
        changes = List.copyOf(Checks.required(changes, "changes"));
        if (changes.isEmpty()) {
            throw id.pulih.shared.SharedError.REQUIRED.invalidAt("changes", "a correction changes at least one field");
        }
    }

    /**
     * The names of the fields changed, in order.
     *
     * @return the field names
     */
    public List<String> fields() {
        return changes.stream().map(FieldChange::field).toList();
    }
}
