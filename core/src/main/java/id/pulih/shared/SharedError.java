package id.pulih.shared;

/**
 * The error codes of the shared values (NIK, family card number, rupiah, phone number, name, region, bank and account) and the field families such as {@code {field}.required}.
 *
 * <p>Each entry is a stable code with the one exception type it is thrown as, its field and its default
 * English template; see {@link ErrorCode}.
 */
public enum SharedError implements ErrorCode.Defined {
    /** <code>&#123;field&#125;.required</code> (InvalidValueException): a value is required, but &#123;found&#125; */
    REQUIRED("{field}.required", InvalidValueException.class, "", "a value is required, but {found}"),
    /** <code>&#123;field&#125;.format</code> (InvalidValueException): expected &#123;expected&#125; */
    ID_FORMAT("{field}.format", InvalidValueException.class, "", "expected {expected}"),
    /** <code>form.invalid</code> (InvalidFormException): &#123;form&#125; has &#123;count&#125; problem(s): &#123;summary&#125; */
    FORM_INVALID("form.invalid", InvalidFormException.class, "", "{form} has {count} problem(s): {summary}"),
    /** <code>nik.required</code> (InvalidValueException): a value is required, but &#123;found&#125; */
    NIK_REQUIRED("nik.required", InvalidValueException.class, "nik", "a value is required, but {found}"),
    /** <code>nik.format</code> (InvalidValueException): expected 16 digits, optionally grouped by spaces or dots between them, but character &#123;position&#125; is &#123;character&#125; */
    NIK_FORMAT(
            "nik.format",
            InvalidValueException.class,
            "nik",
            "expected 16 digits, optionally grouped by spaces or dots between them, but character {position} is {character}"),
    /** <code>nik.length</code> (InvalidValueException): expected 16 digits, found &#123;count&#125; */
    NIK_LENGTH("nik.length", InvalidValueException.class, "nik", "expected 16 digits, found {count}"),
    /** <code>nik.province</code> (InvalidValueException): province code &#123;province&#125; (the first 2 digits) is not in the official Kemendagri list */
    NIK_PROVINCE(
            "nik.province",
            InvalidValueException.class,
            "nik",
            "province code {province} (the first 2 digits) is not in the official Kemendagri list"),
    /** <code>nik.serial</code> (InvalidValueException): the serial number (the last 4 digits) must be 0001 to 9999, found 0000 */
    NIK_SERIAL(
            "nik.serial",
            InvalidValueException.class,
            "nik",
            "the serial number (the last 4 digits) must be 0001 to 9999, found 0000"),
    /** <code>kk.required</code> (InvalidValueException): a value is required, but &#123;found&#125; */
    KK_REQUIRED("kk.required", InvalidValueException.class, "familyCardNumber", "a value is required, but {found}"),
    /** <code>kk.format</code> (InvalidValueException): expected 16 digits, optionally grouped by spaces or dots between them, but character &#123;position&#125; is &#123;character&#125; */
    KK_FORMAT(
            "kk.format",
            InvalidValueException.class,
            "familyCardNumber",
            "expected 16 digits, optionally grouped by spaces or dots between them, but character {position} is {character}"),
    /** <code>kk.length</code> (InvalidValueException): expected 16 digits, found &#123;count&#125; */
    KK_LENGTH("kk.length", InvalidValueException.class, "familyCardNumber", "expected 16 digits, found {count}"),
    /** <code>kk.province</code> (InvalidValueException): province code &#123;province&#125; (the first 2 digits) is not in the official Kemendagri list */
    KK_PROVINCE(
            "kk.province",
            InvalidValueException.class,
            "familyCardNumber",
            "province code {province} (the first 2 digits) is not in the official Kemendagri list"),
    /** <code>kk.serial</code> (InvalidValueException): the serial number (the last 4 digits) must be 0001 to 9999, found 0000 */
    KK_SERIAL(
            "kk.serial",
            InvalidValueException.class,
            "familyCardNumber",
            "the serial number (the last 4 digits) must be 0001 to 9999, found 0000"),
    /** <code>nik.day</code> (InvalidValueException): the day of birth (digits 7-8) must be 01 to 31, or 41 to 71 for a woman, found &#123;day&#125; */
    NIK_DAY(
            "nik.day",
            InvalidValueException.class,
            "nik",
            "the day of birth (digits 7-8) must be 01 to 31, or 41 to 71 for a woman, found {day}"),
    /** <code>nik.month</code> (InvalidValueException): the month of birth (digits 9-10) must be 01 to 12, found &#123;month&#125; */
    NIK_MONTH(
            "nik.month",
            InvalidValueException.class,
            "nik",
            "the month of birth (digits 9-10) must be 01 to 12, found {month}"),
    /** <code>nik.date</code> (InvalidValueException): the birth date &#123;date&#125; does not exist: &#123;reason&#125; */
    NIK_DATE("nik.date", InvalidValueException.class, "nik", "the birth date {date} does not exist: {reason}"),
    /** <code>bank.required</code> (InvalidValueException): a bank is required, but none was given */
    BANK_REQUIRED("bank.required", InvalidValueException.class, "bankCode", "a bank is required, but none was given"),
    /** <code>bank.code</code> (InvalidValueException): expected a known three-digit bank transfer code such as 002, or a bank name */
    BANK_CODE(
            "bank.code",
            InvalidValueException.class,
            "bankCode",
            "expected a known three-digit bank transfer code such as 002, or a bank name"),
    /** <code>region.format</code> (InvalidValueException): expected a Kemendagri region code such as 52, 52.02, 52.02.01 or 52.02.01.1001 (or the same digits without dots), found &#123;found&#125; */
    REGION_FORMAT(
            "region.format",
            InvalidValueException.class,
            "region",
            "expected a Kemendagri region code such as 52, 52.02, 52.02.01 or 52.02.01.1001 (or the same digits without dots), found {found}"),
    /** <code>region.level</code> (InvalidValueException): expected a &#123;levels&#125; code, found the &#123;level&#125; code &#123;code&#125; */
    REGION_LEVEL(
            "region.level",
            InvalidValueException.class,
            "region",
            "expected a {levels} code, found the {level} code {code}"),
    /** <code>region.unknown</code> (InvalidValueException): region code &#123;code&#125; is not in the official Kemendagri list */
    REGION_UNKNOWN(
            "region.unknown",
            InvalidValueException.class,
            "region",
            "region code {code} is not in the official Kemendagri list"),
    /** <code>rupiah.required</code> (InvalidValueException): &#123;what&#125; required, but &#123;found&#125; */
    RUPIAH_REQUIRED("rupiah.required", InvalidValueException.class, "amount", "{what} required, but {found}"),
    /** <code>rupiah.negative</code> (InvalidValueException): &#123;what&#125; cannot be negative&#123;because&#125; */
    RUPIAH_NEGATIVE("rupiah.negative", InvalidValueException.class, "amount", "{what} cannot be negative{because}"),
    /** <code>rupiah.overflow</code> (InvalidValueException): the &#123;what&#125; is larger than &#123;largest&#125; */
    RUPIAH_OVERFLOW("rupiah.overflow", InvalidValueException.class, "amount", "the {what} is larger than {largest}"),
    /** <code>rupiah.decimals</code> (InvalidValueException): rupiah amounts are whole&#123;hint&#125; */
    RUPIAH_DECIMALS("rupiah.decimals", InvalidValueException.class, "amount", "rupiah amounts are whole{hint}"),
    /** <code>rupiah.format</code> (InvalidValueException): &#123;expected&#125; */
    RUPIAH_FORMAT("rupiah.format", InvalidValueException.class, "amount", "{expected}"),
    /** <code>sex.format</code> (InvalidValueException): expected L or P (also M, F, Laki-laki, Perempuan) */
    SEX_FORMAT("sex.format", InvalidValueException.class, "sex", "expected L or P (also M, F, Laki-laki, Perempuan)"),
    /** <code>bankAccount.required</code> (InvalidValueException): &#123;what&#125; is required&#123;found&#125; */
    ACCOUNT_REQUIRED(
            "bankAccount.required", InvalidValueException.class, "bankAccount.number", "{what} is required{found}"),
    /** <code>bankAccount.length</code> (InvalidValueException): an account number has &#123;min&#125; to &#123;max&#125; digits, but this one has &#123;length&#125; */
    ACCOUNT_LENGTH(
            "bankAccount.length",
            InvalidValueException.class,
            "bankAccount.number",
            "an account number has {min} to {max} digits, but this one has {length}"),
    /** <code>bankAccount.format</code> (InvalidValueException): an account number has only digits, optionally grouped by spaces, dots or hyphens */
    ACCOUNT_FORMAT(
            "bankAccount.format",
            InvalidValueException.class,
            "bankAccount.number",
            "an account number has only digits, optionally grouped by spaces, dots or hyphens"),
    /** <code>organisation.format</code> (InvalidValueException): expected &#123;expected&#125; */
    ORGANISATION_FORMAT("organisation.format", InvalidValueException.class, "organisation", "expected {expected}"),
    /** <code>name.required</code> (InvalidValueException): &#123;what&#125; is required, but &#123;found&#125; */
    NAME_REQUIRED("name.required", InvalidValueException.class, "name", "{what} is required, but {found}"),
    /** <code>name.length</code> (InvalidValueException): a name has at most &#123;max&#125; characters, but this one has &#123;length&#125; */
    NAME_LENGTH(
            "name.length",
            InvalidValueException.class,
            "name",
            "a name has at most {max} characters, but this one has {length}"),
    /** <code>name.character</code> (InvalidValueException): &#123;problem&#125; (character &#123;position&#125; after normalisation) */
    NAME_CHARACTER(
            "name.character",
            InvalidValueException.class,
            "name",
            "{problem} (character {position} after normalisation)"),
    /** <code>name.digit</code> (InvalidValueException): a name cannot contain digits (character &#123;position&#125; after normalisation) */
    NAME_DIGIT(
            "name.digit",
            InvalidValueException.class,
            "name",
            "a name cannot contain digits (character {position} after normalisation)"),
    /** <code>name.control</code> (InvalidValueException): a name cannot contain control characters (character &#123;position&#125; after normalisation) */
    NAME_CONTROL(
            "name.control",
            InvalidValueException.class,
            "name",
            "a name cannot contain control characters (character {position} after normalisation)"),
    /** <code>phone.required</code> (InvalidValueException): a phone number is required, but &#123;found&#125; */
    PHONE_REQUIRED("phone.required", InvalidValueException.class, "phone", "a phone number is required, but {found}"),
    /** <code>phone.country</code> (InvalidValueException): only Indonesian numbers (+62) are accepted, not another country's code */
    PHONE_COUNTRY(
            "phone.country",
            InvalidValueException.class,
            "phone",
            "only Indonesian numbers (+62) are accepted, not another country's code"),
    /** <code>phone.format</code> (InvalidValueException): &#123;problem&#125; */
    PHONE_FORMAT("phone.format", InvalidValueException.class, "phone", "{problem}"),
    /** <code>phone.length</code> (InvalidValueException): &#123;problem&#125; */
    PHONE_LENGTH("phone.length", InvalidValueException.class, "phone", "{problem}"),
    /** <code>text.length</code> (InvalidValueException): expected at most &#123;max&#125; characters, found &#123;length&#125; */
    TEXT_LENGTH(
            "text.length", InvalidValueException.class, "text", "expected at most {max} characters, found {length}"),
    /** <code>&#123;field&#125;.size</code> (InvalidValueException): expected at most &#123;max&#125; entries, found &#123;count&#125; */
    SIZE("{field}.size", InvalidValueException.class, "", "expected at most {max} entries, found {count}"),
    /** <code>page.limit</code> (InvalidValueException): expected 1 to &#123;max&#125; */
    PAGE_LIMIT("page.limit", InvalidValueException.class, "limit", "expected 1 to {max}"),
    /** <code>report.level</code> (InvalidValueException): expected PROVINCE or REGENCY */
    REPORT_LEVEL("report.level", InvalidValueException.class, "level", "expected PROVINCE or REGENCY"),
    /** <code>country.iso</code> (InvalidValueException): expected an ISO 3166-1 alpha-2 code other than ID, such as MY&#123;alternative&#125; */
    COUNTRY_ISO(
            "country.iso",
            InvalidValueException.class,
            "returnCountry",
            "expected an ISO 3166-1 alpha-2 code other than ID{example}"),
    /** <code>count.range</code> (InvalidValueException): expected at least &#123;min&#125; */
    COUNT_RANGE("count.range", InvalidValueException.class, "count", "expected at least {min}"),
    /** <code>date.future</code> (InvalidValueException): &#123;what&#125; &#123;date&#125; is after today (&#123;today&#125; in Asia/Jakarta), and what happened cannot be dated in the future */
    DATE_FUTURE(
            "date.future",
            InvalidValueException.class,
            "date",
            "{what} {date} is after today ({today} in Asia/Jakarta), and what happened cannot be dated in the future"),
    /** <code>date.range</code> (InvalidValueException): expected a year from 1900 */
    DATE_RANGE("date.range", InvalidValueException.class, "date", "expected a year from 1900"),
    /** <code>statistics.k</code> (InvalidValueException): expected k from &#123;min&#125; to &#123;max&#125; */
    STATISTICS_K("statistics.k", InvalidValueException.class, "k", "expected k from {min} to {max}"),
    /** <code>publication.threshold</code> (InvalidValueException): expected a threshold from &#123;min&#125; to &#123;max&#125; */
    PUBLICATION_THRESHOLD(
            "publication.threshold",
            InvalidValueException.class,
            "threshold",
            "expected a threshold from {min} to {max}");

    private final ErrorCode.Definition definition;

    SharedError(String code, Class<? extends PulihException> type, String field, String template) {
        this.definition = new ErrorCode.Definition(code, type, field, template);
    }

    @Override
    public ErrorCode.Definition definition() {
        return definition;
    }
}
