package id.pulih.internal.util;

import id.pulih.shared.InvalidValueException;
import id.pulih.shared.Regions;

/**
 * The checks NIK and family card numbers share: sixteen digits, maybe grouped by spaces or dots, starting with an
 * official province code and ending with a serial number from 0001. Written as plain loops without regular
 * expressions, since they run on every row of large imports; valid input costs no exception and, without
 * separators, no allocation.
 */
public final class SixteenDigits {
    public static final int LENGTH = 16;
    private static final int SERIAL_START = 12;

    private SixteenDigits() {}

    /**
     * The sixteen digits of the raw text, with separators removed.
     *
     * @param raw the raw text, may be null
     * @param field the field name to report
     * @param codes the code prefix, such as {@code nik}
     * @return sixteen ASCII digits
     * @throws InvalidValueException coded {@code <codes>.required}, {@code .format} or {@code .length}
     */
    public static String digits(String raw, String field, String codes) {
        if (raw == null) {
            throw new InvalidValueException(field, codes + ".required", "a value is required, but none was given");
        }
        if (raw.length() == LENGTH && allDigits(raw)) {
            return raw;
        }
        String text = raw.strip();
        if (text.isEmpty()) {
            throw new InvalidValueException(field, codes + ".required", "a value is required, but it was empty");
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
                throw new InvalidValueException(
                        field,
                        codes + ".format",
                        "expected 16 digits, optionally grouped by spaces or dots between them, but character "
                                + (i + 1) + " is " + describe(c));
            }
        }
        if (count != LENGTH) {
            throw new InvalidValueException(
                    field,
                    codes + ".length",
                    "expected 16 digits, found " + count + (count == 1 ? " digit" : " digits"));
        }
        return new String(digits);
    }

    /** Refuses a first two digits that are not an official province code. */
    public static void checkProvince(String digits, String field, String codes) {
        int province = number(digits, 0, 2);
        if (!Regions.official().hasProvince(province)) {
            throw new InvalidValueException(
                    field,
                    codes + ".province",
                    "province code " + digits.substring(0, 2)
                            + " (the first 2 digits) is not in the official Kemendagri list");
        }
    }

    /** Refuses the serial number 0000. */
    public static void checkSerial(String digits, String field, String codes) {
        if (number(digits, SERIAL_START, LENGTH) == 0) {
            throw new InvalidValueException(
                    field, codes + ".serial", "the serial number (the last 4 digits) must be 0001 to 9999, found 0000");
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
