package id.pulih.privacy;

import id.pulih.shared.FollowUpId;
import java.util.List;
import java.util.Optional;

/** Objections to risk scores and their reviews. A port: the in-memory and JDBC stores implement it. */
public interface RiskReviews {
    /**
     * Finds one.
     *
     * @param id the id
     * @return it, or empty
     */
    Optional<RiskReview> find(RiskReviewId id);

    /**
     * Every review of a follow-up's score, objected first.
     *
     * @param followUp the follow-up
     * @return the reviews
     */
    List<RiskReview> forFollowUp(FollowUpId followUp);

    /**
     * Inserts (version 0) or updates (the version read).
     *
     * @param review the review
     * @return it as stored
     * @throws id.pulih.shared.ConflictException {@code record.stale}
     */
    RiskReview save(RiskReview review);
}
