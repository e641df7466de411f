package id.pulih.audit;

import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Uuid7;
import id.pulih.shared.FieldChange;
import id.pulih.shared.TextLimit;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One change, as the audit trail keeps it: who, when, which action, on which record, and the record's version
 * before and after. Every successful command appends exactly one entry, in the same transaction as the change. The
 * summary never contains a whole identifier.
 *
 * @param id the entry's id (time-ordered)
 * @param at when
 * @param actorId who
 * @param action the command, for example {@code case.register} or {@code shelter.admit}
 * @param recordType the main record changed, for example {@code beneficiary}
 * @param recordId its id
 * @param versionBefore its version before the change (0 for a new record)
 * @param versionAfter its version after the change
 * @param summary a short description without identifiers
 * @param changes the fields the change set and what they showed before and after, masked; empty for a change that
 *     is not described field by field (most are not: a correction is)
 */
public record AuditEntry(
        UUID id,
        Instant at,
        String actorId,
        String action,
        String recordType,
        String recordId,
        long versionBefore,
        long versionAfter,
        String summary,
        List<FieldChange> changes) {
    /**
     * Checks every part.
     *
     * @param id the id
     * @param at when
     * @param actorId who
     * @param action the action
     * @param recordType the record type
     * @param recordId the record id
     * @param versionBefore version before
     * @param versionAfter version after
     * @param summary the summary
     * @param changes the field changes, in the order the change lists them
     */
    public AuditEntry {
        Checks.required(id, "id");
        Checks.required(at, "at");
        Checks.requiredText(actorId, "actorId");
        Checks.requiredText(action, "action");
        Checks.requiredText(recordType, "recordType");
        Checks.requiredText(recordId, "recordId");
        summary = Checks.optionalText(summary, "summary", TextLimit.SUMMARY);
        changes = List.copyOf(Checks.required(changes, "changes"));
    }

    /**
     * An entry that lists no field changes.
     *
     * @param id the id
     * @param at when
     * @param actorId who
     * @param action the action
     * @param recordType the record type
     * @param recordId the record id
     * @param versionBefore version before
     * @param versionAfter version after
     * @param summary the summary
     */
    public AuditEntry(
            UUID id,
            Instant at,
            String actorId,
            String action,
            String recordType,
            String recordId,
            long versionBefore,
            long versionAfter,
            String summary) {
        this(id, at, actorId, action, recordType, recordId, versionBefore, versionAfter, summary, List.of());
    }

    /**
     * A new entry id, time-ordered (UUID version 7) like the engine's, for an adapter that appends an entry itself.
     *
     * @param clock the clock whose current time the id carries
     * @return the id, greater than every id drawn before it in this JVM
     */
    public static UUID nextId(Clock clock) {
        return Uuid7.next(clock);
    }
}
