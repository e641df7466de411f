package id.pulih.shared;

import id.pulih.internal.util.Mask;
import id.pulih.internal.util.SixteenDigits;

/**
 * A family card number (Nomor Kartu Keluarga, No. KK), the 16-digit number of the card that lists a household.
 *
 * <p>Like a NIK it starts with the province, regency and district of registration and ends with a serial number
 * from {@code 0001}; the digits in between (the date of issue) are not checked.
 *
 * <pre>{@code
 * FamilyCardNumber kk = FamilyCardNumber.of("5202 0101 0115 0003");
 * kk.value();          // "5202010101150003"
 * kk.provinceCode();   // 52
 * kk.toString();       // "************0003"
 * }</pre>
 *
 * <p>It identifies a victim's household: {@link #toString()} masks it and no refusal message contains it whole.
 *
 * @param value the 16 digits, without separators; the canonical constructor accepts the same text as
 *     {@link #of(String)} and keeps the digits
 */
public record FamilyCardNumber(String value) {
    private static final String FIELD = "familyCardNumber";

    /**
     * Checks every rule listed at {@link #of(String)} and keeps the 16 digits.
     *
     * @param value the number, with or without separators
     * @throws InvalidValueException as {@link #of(String)}
     */
    public FamilyCardNumber {
        value = SixteenDigits.digits(value, FIELD, SixteenDigits.KK);
        SixteenDigits.checkProvince(value, FIELD, SixteenDigits.KK);
        SixteenDigits.checkSerial(value, FIELD, SixteenDigits.KK);
    }

    /**
     * Parses a family card number: 16 digits, which may be grouped by spaces or dots between digits; white space
     * around it is ignored.
     *
     * @param text the number; not null
     * @return the family card number
     * @throws InvalidValueException for field {@code familyCardNumber}, coded (in the order checked)
     *     <ul>
     *       <li>{@code kk.required}: null or blank;
     *       <li>{@code kk.format}: a character other than a digit, or a separator at either end;
     *       <li>{@code kk.length}: not 16 digits;
     *       <li>{@code kk.province}: the first 2 digits are not an official province code;
     *       <li>{@code kk.serial}: the last 4 digits are {@code 0000}.
     *     </ul>
     */
    public static FamilyCardNumber of(String text) {
        return new FamilyCardNumber(text);
    }

    /**
     * The province of registration, the first 2 digits.
     *
     * @return the province code, such as {@code 52}; always in the official list
     */
    public RegionCode provinceCode() {
        return new RegionCode(value.substring(0, 2));
    }

    /**
     * The number masked for logs: only the last 4 digits are shown.
     *
     * @return such as {@code ************0003}
     */
    @Override
    public String toString() {
        return masked();
    }

    /**
     * The number with all but its last four digits hidden, as logs, errors and masked exports show it.
     *
     * @return the masked number, for example {@code ************0001}
     */
    public String masked() {
        return Mask.identifier(value);
    }
}
