package id.pulih.internal.util;

import id.pulih.shared.InvalidValueException;
import id.pulih.shared.Regions;
import id.pulih.shared.SharedError;

/**
 * The checks NIK and family card numbers share: sixteen digits, maybe grouped by spaces or dots, starting with an
 * official province code and ending with a serial number from 0001. Written as plain loops without regular
 * expressions, since they run on every row of large imports; valid input costs no exception and, without
 * separators, no allocation.
 */
public final class SixteenDigits {
    public static final int LENGTH = 16;
    private static final int SERIAL_START = 12;

    /** The entries NIK refusals are raised from. */
    public static final Codes NIK = new Codes(
            SharedError.NIK_REQUIRED,
            SharedError.NIK_FORMAT,
            SharedError.NIK_LENGTH,
            SharedError.NIK_PROVINCE,
            SharedError.NIK_SERIAL);

    /** The entries family card number refusals are raised from. */
    public static final Codes KK = new Codes(
            SharedError.KK_REQUIRED,
            SharedError.KK_FORMAT,
            SharedError.KK_LENGTH,
            SharedError.KK_PROVINCE,
            SharedError.KK_SERIAL);

    private SixteenDigits() {}

    /**
     * The catalogue entries one sixteen-digit number is refused with.
     *
     * @param required no text, or blank text
     * @param format a character that is neither a digit nor a separator
     * @param length not sixteen digits
     * @param province an unknown province code
     * @param serial the serial number 0000
     */
    public record Codes(
            SharedError required, SharedError format, SharedError length, SharedError province, SharedError serial) {}

    /**
     * The sixteen digits of the raw text, with separators removed.
     *
     * @param raw the raw text, may be null
     * @param field the field name to report
     * @param codes the catalogue entries to raise, {@link #NIK} or {@link #KK}
     * @return sixteen ASCII digits
     * @throws InvalidValueException coded by {@code codes}: required, format or length
     */
    public static String digits(String raw, String field, Codes codes) {
        if (raw == null) {
            throw codes.required().invalidAt(field, "none was given");
        }
        if (raw.length() == LENGTH && allDigits(raw)) {
            return raw;
        }
        String text = raw.strip();
        if (text.isEmpty()) {
            throw codes.required().invalidAt(field, "it was empty");
        }
        int last = text.length() - 1;
        char[] digits = new char[LENGTH];
        int count = 0;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (count < LENGTH) {
                    digits[count] = c;
                }
                count++;
            } else if (!isSeparator(c) || i == 0 || i == last) {
                throw codes.format().invalidAt(field, i + 1, describe(c));
            }
        }
        if (count != LENGTH) {
            throw codes.length().invalidAt(field, count + (count == 1 ? " digit" : " digits"));
        }
        return new String(digits);
    }

    /** Refuses a first two digits that are not an official province code. */
    public static void checkProvince(String digits, String field, Codes codes) {
        int province = number(digits, 0, 2);
        if (!Regions.official().hasProvince(province)) {
            throw codes.province().invalidAt(field, digits.substring(0, 2));
        }
    }

    /** Refuses the serial number 0000. */
    public static void checkSerial(String digits, String field, Codes codes) {
        if (number(digits, SERIAL_START, LENGTH) == 0) {
            throw codes.serial().invalidAt(field);
        }
    }

    /** The number written by the ASCII digits from {@code from} (inclusive) to {@code to} (exclusive). */
    public static int number(String digits, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            number = number * 10 + (digits.charAt(i) - '0');
        }
        return number;
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '\u00A0';
    }

    private static String describe(char c) {
        String shown = c == ' '
                        || c == '.'
                        || !(Character.isISOControl(c) || Character.isSpaceChar(c) || Character.isSurrogate(c))
                ? "'" + c + "'"
                : String.format("U+%04X", (int) c);
        return shown + (isSeparator(c) ? ", which may only stand between digits" : ", which is not a digit");
    }
}
