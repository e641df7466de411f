package id.pulih.reintegration;

/** What a case's current risk score was computed from. */
public enum RiskBasis {
    /** The factors observed at the latest follow-up visit. */
    LATEST_VISIT,
    /** The risk factors of the latest assessment, before any visit. */
    LATEST_ASSESSMENT,
    /** Nothing observed yet: a LOW score of 0. */
    NOTHING_OBSERVED
}
