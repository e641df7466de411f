package id.pulih.reintegration;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.FollowUpId;
import java.util.List;
import java.util.Optional;

/** Follow-up visits of reintegration plans. A port: the in-memory and JDBC stores implement it. */
public interface FollowUps {
    /**
     * Finds one.
     *
     * @param id the id
     * @return it, or empty
     */
    Optional<FollowUp> find(FollowUpId id);

    /**
     * Every follow-up of a beneficiary, earliest due first.
     *
     * @param beneficiary the beneficiary
     * @return the follow-ups
     */
    List<FollowUp> forBeneficiary(BeneficiaryId beneficiary);

    /**
     * Every follow-up still SCHEDULED and due on or before a date, earliest due first.
     *
     * @param until the last due date included
     * @return the follow-ups
     */
    List<FollowUp> scheduledUntil(java.time.LocalDate until);

    /**
     * Inserts (version 0) or updates (the version read).
     *
     * @param followUp the follow-up
     * @return it as stored, at its new version
     * @throws id.pulih.shared.ConflictException {@code record.stale}
     */
    FollowUp save(FollowUp followUp);
}
