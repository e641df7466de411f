package id.pulih.report.statistics;

/**
 * The columns of the statistical export, in order, with the names every writer uses (the CSV header, the JSON keys).
 * HTCDS 2.0 names where the standard has the field ({@code prs_}, {@code vic_} prefixes as in its field sheet), CTDC
 * global-dataset names ({@code yearOfRegistration}, {@code ageBroad}, {@code CountryOfExploitation}) where HTCDS
 * records a date or an address that a k-anonymous export cannot publish, and Pulih's own name for what neither has.
 */
public enum HtcdsField {
    /** HTCDS {@code prs_Gender}: {@code Feminine} or {@code Masculine}. */
    GENDER("prs_Gender"),
    /** CTDC {@code ageBroad}: age at return as a band, {@code 25--29} or {@code 20--29}. */
    AGE_BROAD("ageBroad"),
    /** HTCDS {@code prs_Citizenship}: ISO 3166-1 alpha-3, always {@code IDN}. */
    CITIZENSHIP("prs_Citizenship"),
    /** CTDC {@code yearOfRegistration}. */
    YEAR_OF_REGISTRATION("yearOfRegistration"),
    /** The month of registration, 1 to 12, empty when generalised to the year (Pulih's own). */
    MONTH_OF_REGISTRATION("monthOfRegistration"),
    /** CTDC {@code CountryOfExploitation} (HTCDS {@code hte_Country} of an exploitation event): ISO 3166-1 alpha-3. */
    COUNTRY_OF_EXPLOITATION("CountryOfExploitation"),
    /** The Kemendagri code of the regency or province of origin (Pulih's own). */
    REGION_OF_ORIGIN("regionOfOrigin"),
    /** HTCDS {@code vic_TypeOfExploitation} (multi-select). */
    TYPE_OF_EXPLOITATION("vic_TypeOfExploitation"),
    /** HTCDS {@code vic_MethodsOfControl} (multi-select). */
    METHODS_OF_CONTROL("vic_MethodsOfControl"),
    /** HTCDS {@code vic_ForcedLabourIndustry}: an ISIC Rev. 4 section. */
    FORCED_LABOUR_INDUSTRY("vic_ForcedLabourIndustry"),
    /** HTCDS {@code vic_RelationshipToTrafficker}. */
    RELATIONSHIP_TO_TRAFFICKER("vic_RelationshipToTrafficker");

    private final String fieldName;

    HtcdsField(String fieldName) {
        this.fieldName = fieldName;
    }

    /**
     * The name written in headers and keys.
     *
     * @return the name, such as {@code prs_Gender}
     */
    public String fieldName() {
        return fieldName;
    }
}
