package id.pulih.shared;

/**
 * Risk factors after return (DOMAIN.md), watched at assessments and follow-up visits because they lead to
 * re-trafficking. A shared value: the beneficiary's assessments and the reintegration follow-ups both record them.
 */
public enum RiskFactor {
    /** Does not know where or how to get help. */
    NO_INFORMATION_ON_HELP,
    /** Caught in a debt trap (jebakan hutang), often to the recruiter. */
    DEBT_TRAP,
    /** Disharmony in the family after return. */
    FAMILY_DISHARMONY,
    /** Approached again by a recruiter or trafficker. */
    RE_TRAFFICKING_APPROACH,
    /** Identity documents lost or withheld. */
    LOST_IDENTITY_DOCUMENTS,
    /** Illness. */
    ILLNESS,
    /** A physical disability. */
    PHYSICAL_DISABILITY,
    /** Shame at coming home with nothing. */
    SHAME_AT_RETURN,
    /** No access to decent work. */
    NO_ACCESS_TO_DECENT_WORK,
    /** The household's economy is getting worse. */
    WORSENING_ECONOMY,
    /** Sold an organ. */
    ORGAN_SOLD,
    /** Assets were sold to pay for the departure. */
    ASSETS_SOLD_FOR_DEPARTURE
}
