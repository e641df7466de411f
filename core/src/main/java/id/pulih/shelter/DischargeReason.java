package id.pulih.shelter;

/** Why a stay in a shelter ended. */
public enum DischargeReason {
    /** Returned to the area of origin (set by a repatriation's handover). */
    REPATRIATED,
    /** Moved to another shelter (set by a transfer). */
    TRANSFERRED,
    /** Referred to a hospital. */
    REFERRED_TO_HOSPITAL,
    /** Left the shelter without notice. */
    LEFT_WITHOUT_NOTICE,
    /** Another reason, described in the discharge note. */
    OTHER
}
