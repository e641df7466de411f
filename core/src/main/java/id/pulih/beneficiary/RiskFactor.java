package id.pulih.beneficiary;

/** Risk factors after return (DOMAIN.md), watched at assessments and follow-up visits because they lead to re-trafficking. */
public enum RiskFactor {
    NO_INFORMATION_ON_HELP,
    DEBT_TRAP,
    FAMILY_DISHARMONY,
    RE_TRAFFICKING_APPROACH,
    LOST_IDENTITY_DOCUMENTS,
    ILLNESS,
    PHYSICAL_DISABILITY,
    SHAME_AT_RETURN,
    NO_ACCESS_TO_DECENT_WORK,
    WORSENING_ECONOMY,
    ORGAN_SOLD,
    ASSETS_SOLD_FOR_DEPARTURE
}
