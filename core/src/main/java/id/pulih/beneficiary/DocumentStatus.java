package id.pulih.beneficiary;

/** Whether the person holds identity documents. Many return without them: a beneficiary may have no NIK yet. */
public enum DocumentStatus {
    HELD,
    LOST,
    NONE
}
