package id.pulih.shared;

import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Mask;
import id.pulih.internal.util.SixteenDigits;
import java.time.LocalDate;
import java.time.Year;

/**
 * A NIK (Nomor Induk Kependudukan), the 16-digit population identity number on every KTP and family card.
 *
 * <p>Its digits are: province (2), regency (2) and district (2) of registration; the birth date as {@code DDMMYY},
 * where women have 40 added to the day (a woman born on the 5th has {@code 45}); and a serial number from
 * {@code 0001}.
 *
 * <pre>{@code
 * Nik nik = Nik.of("5202 0145 0790 0001");   // spaces and dots between digits are dropped
 * nik.value();                              // "5202014507900001"
 * nik.districtCode();                       // 52.02.01
 * nik.sex();                                // FEMALE
 * nik.birthDate(LocalDate.now());           // 1990-07-05
 * nik.toString();                           // "************0001"
 * }</pre>
 *
 * <p>The province must be in the official Kemendagri list; regency and district digits are not refused when unknown
 * (people keep the NIK of a region that was later split), but {@link #regionKnown()} tells whether they are. A NIK
 * is an identifier of a crime victim: {@link #toString()} masks it and no refusal message contains it whole.
 *
 * @param value the 16 digits, without separators; the canonical constructor accepts the same text as
 *     {@link #of(String)} and keeps the digits
 */
public record Nik(String value) {
    private static final String FIELD = "nik";
    private static final int FEMALE_OFFSET = 40;

    /**
     * Checks every rule listed at {@link #of(String)} and keeps the 16 digits.
     *
     * @param value the NIK, with or without separators
     * @throws InvalidValueException as {@link #of(String)}
     */
    public Nik {
        value = SixteenDigits.digits(value, FIELD, SixteenDigits.NIK);
        SixteenDigits.checkProvince(value, FIELD, SixteenDigits.NIK);
        checkBirthDate(value);
        SixteenDigits.checkSerial(value, FIELD, SixteenDigits.NIK);
    }

    /**
     * Parses a NIK: 16 digits, which may be grouped by spaces or dots between digits
     * ({@code 5202.0145.0790.0001}); white space around it is ignored.
     *
     * @param text the NIK; not null
     * @return the NIK
     * @throws InvalidValueException for field {@code nik}, coded (in the order checked)
     *     <ul>
     *       <li>{@code nik.required}: null or blank;
     *       <li>{@code nik.format}: a character other than a digit, or a separator at either end;
     *       <li>{@code nik.length}: not 16 digits;
     *       <li>{@code nik.province}: the first 2 digits are not an official province code;
     *       <li>{@code nik.day}: digits 7-8 are not 01-31 (men) or 41-71 (women);
     *       <li>{@code nik.month}: digits 9-10 are not 01-12;
     *       <li>{@code nik.date}: the day does not exist in that month (30 February, 31 April; 29 February is
     *           accepted when the two-digit year can be a leap year);
     *       <li>{@code nik.serial}: the last 4 digits are {@code 0000}.
     *     </ul>
     */
    public static Nik of(String text) {
        return new Nik(text);
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
     * The regency or city of registration, the first 4 digits.
     *
     * @return the regency code, such as {@code 52.02}; not necessarily in the official list
     */
    public RegionCode regencyCode() {
        return new RegionCode(value.substring(0, 4));
    }

    /**
     * The district of registration, the first 6 digits.
     *
     * @return the district code, such as {@code 52.02.01}; not necessarily in the official list
     */
    public RegionCode districtCode() {
        return new RegionCode(value.substring(0, 6));
    }

    /**
     * Whether the district of registration (and so its regency) is in the official Kemendagri list. An unknown
     * district is allowed, since regions are split and renumbered while people keep their NIK, but worth a look.
     *
     * @return true when the first 6 digits name an official district
     */
    public boolean regionKnown() {
        return Regions.official().exists(districtCode());
    }

    /**
     * The sex encoded in the day of birth: women have 40 added to it.
     *
     * @return {@link Sex#FEMALE} when digits 7-8 are above 40, otherwise {@link Sex#MALE}
     */
    public Sex sex() {
        return SixteenDigits.number(value, 6, 8) > FEMALE_OFFSET ? Sex.FEMALE : Sex.MALE;
    }

    /**
     * The birth date. The NIK holds only two digits of the year, so the year is the latest one that gives a valid
     * date not after {@code today}: with today in 2025, {@code 90} means 1990 and {@code 05} means 2005.
     *
     * @param today the reference date, usually today; not null
     * @return the birth date, not after {@code today}
     * @throws InvalidValueException coded {@code today.required} when {@code today} is null
     */
    public LocalDate birthDate(LocalDate today) {
        Checks.required(today, "today");
        int day = SixteenDigits.number(value, 6, 8) % FEMALE_OFFSET;
        int month = SixteenDigits.number(value, 8, 10);
        int twoDigitYear = SixteenDigits.number(value, 10, 12);
        int year = today.getYear() - Math.floorMod(today.getYear(), 100) + twoDigitYear;
        // 29 February of a year ending in 00 may need up to four centuries back to find a leap year
        for (int centuries = 0; centuries <= 5; centuries++, year -= 100) {
            if (day == 29 && month == 2 && !Year.isLeap(year)) {
                continue;
            }
            LocalDate date = LocalDate.of(year, month, day);
            if (!date.isAfter(today)) {
                return date;
            }
        }
        throw new IllegalStateException("no year fits the birth date of a checked NIK");
    }

    /**
     * The NIK masked for logs: only the last 4 digits are shown.
     *
     * @return such as {@code ************0001}
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

    private static void checkBirthDate(String digits) {
        int encodedDay = SixteenDigits.number(digits, 6, 8);
        if (encodedDay < 1 || encodedDay > 71 || (encodedDay > 31 && encodedDay < 41)) {
            throw SharedError.NIK_DAY.invalid(digits.substring(6, 8));
        }
        int month = SixteenDigits.number(digits, 8, 10);
        if (month < 1 || month > 12) {
            throw SharedError.NIK_MONTH.invalid(digits.substring(8, 10));
        }
        int day = encodedDay % FEMALE_OFFSET;
        int twoDigitYear = SixteenDigits.number(digits, 10, 12);
        if (day > daysIn(month, twoDigitYear)) {
            String date = (day < 10 ? "0" : "") + day + "/" + digits.substring(8, 10);
            throw SharedError.NIK_DATE.invalid(
                    date,
                    day == 29 && month == 2
                            ? "29/02 needs a leap year, and no year ending in " + digits.substring(10, 12) + " is one"
                            : "that month has at most " + daysIn(month, 0) + " days");
        }
    }

    /** The most days the month can have in a year ending in these two digits. */
    private static int daysIn(int month, int twoDigitYear) {
        switch (month) {
            case 2:
                // 19yy or 20yy is a leap year exactly when yy is a multiple of 4 (2000 was one)
                return twoDigitYear % 4 == 0 ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }
}
