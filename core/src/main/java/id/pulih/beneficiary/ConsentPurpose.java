package id.pulih.beneficiary;

/** What a consent covers (UU PDP No. 27/2022: consent is per purpose). */
public enum ConsentPurpose {
    CASE_MANAGEMENT,
    DISCLOSURE_TO_PARTNERS,
    FOLLOW_UP_CONTACT,
    PROGRAMME_PARTICIPATION
}
