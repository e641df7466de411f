package id.pulih.privacy;

/**
 * The categories of personal data a breach may expose (UU PDP art. 4: general and specific data), as the breach
 * register names them.
 */
public enum DataCategory {
    /** Names, NIK, No. KK, birth dates: general data that identify the person. */
    IDENTITY,
    /** Phone numbers and addresses. */
    CONTACT,
    /** Bank accounts and payments: specific data (art. 4(2)(f), personal financial data). */
    FINANCIAL,
    /** Health and disability: specific data (art. 4(2)(a)). */
    HEALTH,
    /** Data of children: specific data (art. 4(2)(e)). */
    CHILDREN,
    /** The trafficking profile and criminal-case details: specific data (art. 4(2)(d), criminal records). */
    CRIMINAL_CASE,
    /** Assessments, vulnerabilities, risk scores and the notes of case work. */
    CASE_NOTES
}
