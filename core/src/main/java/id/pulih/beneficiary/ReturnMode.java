package id.pulih.beneficiary;

/** How the person came home. */
public enum ReturnMode {
    DEPORTED,
    RESCUED,
    SELF_RETURNED
}
