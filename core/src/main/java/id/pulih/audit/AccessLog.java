package id.pulih.audit;

import id.pulih.shared.BeneficiaryId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The append-only log of reads of, and refused attempts on, cases. A port with no update or delete. */
public interface AccessLog {
    /**
     * Appends an entry.
     *
     * @param entry the entry
     */
    void append(AccessLogEntry entry);

    /**
     * An entry by its id (a refusal's reference is one).
     *
     * @param id the entry's id
     * @return the entry, or empty
     */
    Optional<AccessLogEntry> find(UUID id);

    /**
     * The entries for one case, oldest first.
     *
     * @param beneficiary the case
     * @return the entries
     */
    List<AccessLogEntry> forBeneficiary(BeneficiaryId beneficiary);

    /**
     * The entries of one actor, oldest first.
     *
     * @param actorId the actor
     * @return the entries
     */
    List<AccessLogEntry> byActor(String actorId);
}
