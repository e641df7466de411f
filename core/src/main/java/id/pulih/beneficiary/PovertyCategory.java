package id.pulih.beneficiary;

/** Poverty category from the assessment (asesmen). */
public enum PovertyCategory {
    MISKIN_EKSTREM,
    MISKIN,
    RENTAN,
    TIDAK_MISKIN
}
