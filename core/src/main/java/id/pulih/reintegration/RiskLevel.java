package id.pulih.reintegration;

/** How urgent a case's risk of re-trafficking is, from its total score ({@link RetraffickingRiskPolicy}). */
public enum RiskLevel {
    /** Total below {@link RetraffickingRiskPolicy#MEDIUM_FROM}. */
    LOW,
    /** Total from {@link RetraffickingRiskPolicy#MEDIUM_FROM} to below {@link RetraffickingRiskPolicy#HIGH_FROM}. */
    MEDIUM,
    /** Total of {@link RetraffickingRiskPolicy#HIGH_FROM} or more. */
    HIGH
}
