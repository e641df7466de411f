package id.pulih.beneficiary;

/** The resolution of a potential duplicate: still to be looked at, not a duplicate after all, or merged. */
public enum DuplicateStatus {
    OPEN,
    INVALID,
    MERGED
}
