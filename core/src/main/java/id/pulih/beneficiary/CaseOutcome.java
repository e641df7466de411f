package id.pulih.beneficiary;

/** How a case ended. */
public enum CaseOutcome {
    REINTEGRATED,
    RE_MIGRATED_IRREGULARLY,
    RE_TRAFFICKED,
    LOST_CONTACT,
    DECEASED,
    OTHER
}
