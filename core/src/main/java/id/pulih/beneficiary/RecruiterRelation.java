package id.pulih.beneficiary;

/** How the person knew the recruiter, in the CTDC / HTCDS vocabulary. */
public enum RecruiterRelation {
    INTIMATE_PARTNER,
    FAMILY_MEMBER,
    FRIEND_OR_ACQUAINTANCE,
    EMPLOYER,
    RECRUITMENT_AGENT,
    OTHER,
    UNKNOWN
}
