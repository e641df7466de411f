package id.pulih.audit;

import java.util.List;

/**
 * The append-only audit trail. A port with no update or delete: entries, once appended in a committed transaction,
 * stay.
 */
public interface AuditTrail {
    /**
     * Appends an entry.
     *
     * @param entry the entry
     */
    void append(AuditEntry entry);

    /**
     * The entries for one record, oldest first.
     *
     * @param recordType the record type, for example {@code beneficiary}
     * @param recordId the record id
     * @return the entries
     */
    List<AuditEntry> forRecord(String recordType, String recordId);

    /**
     * The entries made by one actor, oldest first.
     *
     * @param actorId the actor
     * @return the entries
     */
    List<AuditEntry> byActor(String actorId);

    /**
     * How many entries there are.
     *
     * @return the count
     */
    long count();
}
