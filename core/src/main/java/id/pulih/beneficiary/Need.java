package id.pulih.beneficiary;

/** Needs found in the assessment. */
public enum Need {
    SHELTER,
    HEALTH_CARE,
    PSYCHOSOCIAL_SUPPORT,
    DOCUMENT_RESTORATION,
    LEGAL_AID,
    FAMILY_REUNIFICATION,
    LIVELIHOOD,
    DEBT_SETTLEMENT,
    HEALTH_INSURANCE,
    HOUSING,
    EDUCATION,
    VOCATIONAL_TRAINING
}
