package id.pulih.reintegration;

/** The dimensions along which the risk of re-trafficking is scored. */
public enum RiskDimension {
    /** Money and work: debts, income, assets. */
    ECONOMIC,
    /** Family, community, documents, information, recruiters. */
    SOCIAL,
    /** Body and mind: illness, disability, shame. */
    PSYCHOSOCIAL
}
