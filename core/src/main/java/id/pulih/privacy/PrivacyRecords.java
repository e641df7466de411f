package id.pulih.privacy;

/**
 * The ports of the privacy work, as one store holds them ({@code Store.privacy()}).
 */
public interface PrivacyRecords {
    /**
     * Data-subject requests.
     *
     * @return the port
     */
    SubjectRequests requests();

    /**
     * Restrictions of processing in force.
     *
     * @return the port
     */
    Restrictions restrictions();

    /**
     * Erasures, and the anonymisation itself.
     *
     * @return the port
     */
    Erasures erasures();

    /**
     * Objections to risk scores and their reviews.
     *
     * @return the port
     */
    RiskReviews riskReviews();

    /**
     * The breach register.
     *
     * @return the port
     */
    Breaches breaches();
}
