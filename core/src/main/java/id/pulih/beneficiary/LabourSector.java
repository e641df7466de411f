package id.pulih.beneficiary;

/** The sector the person was exploited in, in the CTDC / HTCDS vocabulary. */
public enum LabourSector {
    AGRICULTURE,
    AQUAFARMING,
    BEGGING,
    CONSTRUCTION,
    DOMESTIC_WORK,
    FISHING,
    HOSPITALITY,
    MANUFACTURING,
    MINING,
    PEDDLING,
    TRANSPORTATION,
    SEX_INDUSTRY,
    OTHER,
    NOT_APPLICABLE
}
