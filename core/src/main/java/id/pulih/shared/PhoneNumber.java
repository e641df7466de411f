package id.pulih.shared;

import id.pulih.internal.util.Chars;
import id.pulih.internal.util.Mask;

/**
 * An Indonesian telephone number, kept in E.164 form ({@code +6281234567890}).
 *
 * <p>People write the same number as {@code 0812-3456-7890}, {@code +62 812 3456 7890}, {@code 6281234567890},
 * {@code (0812) 3456 7890} or {@code +62 (0)812 3456 7890}; all of these are one {@code PhoneNumber}:
 *
 * <pre>{@code
 * PhoneNumber phone = PhoneNumber.of("0812-3456-7890");
 * phone.e164();     // "+6281234567890"
 * phone.national(); // "081234567890"
 * phone.isMobile(); // true
 * phone.toString(); // "PhoneNumber[**********7890]"
 * }</pre>
 *
 * <p>Which numbers are accepted (the national significant number is what follows {@code +62} or the trunk
 * prefix {@code 0}):
 *
 * <ul>
 *   <li>mobile numbers: the national significant number starts with {@code 8} followed by a digit other than
 *       {@code 0} ({@code 080x} are toll-free and premium services, not a person's phone), 9 to 12 digits in all;
 *   <li>fixed lines: it starts with an area code beginning {@code 2} to {@code 7} or {@code 9} ({@code 021}
 *       Jakarta, {@code 0370} Mataram, {@code 0967} Jayapura), 8 to 11 digits in all;
 *   <li>a mobile number whose leading {@code 0} was lost, as happens when a spreadsheet stores
 *       {@code 081234567890} as a number ({@code 81234567890}).
 * </ul>
 *
 * <p>Numbers starting {@code 1} (service and emergency numbers) are refused, and so are numbers of other
 * countries, which matters for people returned from Malaysia, Saudi Arabia or Hong Kong who may still list the
 * number they had there. A phone number identifies a person: {@link #toString()} masks it.
 *
 * @param e164 the number in E.164 form, {@code +62} followed by the national significant number
 */
public record PhoneNumber(String e164) {
    private static final String FIELD = "phone";
    private static final String COUNTRY_CODE = "62";
    private static final int MOBILE_MIN = 9;
    private static final int MOBILE_MAX = 12;
    private static final int FIXED_MIN = 8;
    private static final int FIXED_MAX = 11;

    /**
     * Normalises and checks the number, exactly as {@link #of(String)} does, so that every instance holds a valid
     * E.164 number.
     *
     * @param e164 the number, in E.164 form or any spelling {@link #of(String)} accepts
     * @throws InvalidValueException as {@link #of(String)}
     */
    public PhoneNumber {
        e164 = "+" + COUNTRY_CODE + significantNumber(e164);
    }

    /**
     * Reads an Indonesian phone number in any usual spelling. Spaces, hyphens, dots and parentheses are ignored;
     * the number may start with {@code +62}, {@code 62}, {@code 0062}, the trunk prefix {@code 0}, or (for mobile
     * numbers that lost their leading zero in a spreadsheet) directly with {@code 8}. A {@code (0)} after the
     * country code is dropped.
     *
     * @param text the number; not null
     * @return the number
     * @throws InvalidValueException for the field {@code phone}, coded {@code phone.required} for null or blank
     *     text, {@code phone.country} for another country's code, {@code phone.length} for too few or too many
     *     digits, and {@code phone.format} for letters, stray characters or a number that cannot be Indonesian
     */
    public static PhoneNumber of(String text) {
        return new PhoneNumber(text);
    }

    private static String significantNumber(String text) {
        if (text == null) {
            throw SharedError.PHONE_REQUIRED.invalid("none was given");
        }
        StringBuilder digits = new StringBuilder(16);
        boolean plus = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '+' && digits.length() == 0 && !plus) {
                plus = true;
            } else if (!(c == '-' || c == '.' || c == '(' || c == ')' || Chars.isWhiteSpace(c))) {
                throw format("a phone number may only contain digits, spaces, hyphens, dots, parentheses and a"
                        + " leading +");
            }
        }
        if (digits.length() == 0) {
            if (plus) {
                throw format("a + must be followed by the country code 62");
            }
            throw SharedError.PHONE_REQUIRED.invalid("it was empty");
        }
        int start;
        if (plus) {
            start = afterCountryCode(digits, 0);
        } else if (startsWith(digits, 0, "00")) {
            start = afterCountryCode(digits, 2);
        } else if (digits.charAt(0) == '0') {
            start = 1;
        } else if (startsWith(digits, 0, COUNTRY_CODE)) {
            start = 2;
            if (start < digits.length() && digits.charAt(start) == '0') {
                start++;
            }
        } else if (digits.charAt(0) == '8') {
            start = 0;
        } else {
            throw format("expected a number starting with 0, +62 or 62, such as 0812-3456-7890");
        }
        return checkSignificant(digits.substring(start));
    }

    private static int afterCountryCode(StringBuilder digits, int from) {
        if (!startsWith(digits, from, COUNTRY_CODE)) {
            if (digits.length() == from) {
                throw length("the international prefix must be followed by the country code 62");
            }
            throw SharedError.PHONE_COUNTRY.invalid();
        }
        int start = from + 2;
        // +62 (0)812...: the trunk prefix written after the country code
        if (start < digits.length() && digits.charAt(start) == '0') {
            start++;
        }
        return start;
    }

    private static String checkSignificant(String significant) {
        int length = significant.length();
        if (length == 0) {
            throw length("the number has no digits after the prefix");
        }
        char first = significant.charAt(0);
        if (first == '8') {
            if (length >= 2 && significant.charAt(1) == '0') {
                throw format("numbers starting 080 are toll-free or premium services, not a person's phone");
            }
            if (length < MOBILE_MIN || length > MOBILE_MAX) {
                throw length("a mobile number has " + MOBILE_MIN + " to " + MOBILE_MAX
                        + " digits after 0 (such as 0812-3456-7890), but this one has " + length);
            }
        } else if ((first >= '2' && first <= '7') || first == '9') {
            if (length < FIXED_MIN || length > FIXED_MAX) {
                throw length("a fixed-line number has " + FIXED_MIN + " to " + FIXED_MAX
                        + " digits after 0 with its area code (such as 021-1234-5678), but this one has " + length);
            }
        } else {
            throw format("after the prefix an Indonesian number starts with an area code (2 to 7, 9) or 8 for"
                    + " mobiles; numbers starting 1 or 0 are not personal numbers");
        }
        return significant;
    }

    private static boolean startsWith(CharSequence digits, int from, String prefix) {
        if (digits.length() - from < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (digits.charAt(from + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static InvalidValueException format(String detail) {
        return SharedError.PHONE_FORMAT.invalid(detail);
    }

    private static InvalidValueException length(String detail) {
        return SharedError.PHONE_LENGTH.invalid(detail);
    }

    /**
     * The number as dialled inside Indonesia, with the trunk prefix and no separators: {@code 081234567890}.
     *
     * @return the national form
     */
    public String national() {
        return "0" + e164.substring(3);
    }

    /**
     * Whether this is a mobile number (its national significant number starts with {@code 8}), which can receive
     * text messages.
     *
     * @return true for a mobile number, false for a fixed line
     */
    public boolean isMobile() {
        return e164.charAt(3) == '8';
    }

    /**
     * Shows the number masked but for its last four digits: {@code PhoneNumber[**********7890]}.
     *
     * @return the masked number
     */
    @Override
    public String toString() {
        return "PhoneNumber[" + Mask.identifier(e164) + "]";
    }

    /**
     * The national form with all but its last four digits hidden, as masked exports show it.
     *
     * @return the masked national number, for example {@code ********7890}
     */
    public String masked() {
        return Mask.identifier(national());
    }
}
