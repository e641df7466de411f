package id.pulih.beneficiary;

import id.pulih.internal.util.Checks;
import id.pulih.shared.SharedError;
import id.pulih.shared.TextLimit;
import java.time.LocalDate;
import java.util.Locale;

/**
 * How and when the person came home.
 *
 * @param country the country returned from, ISO 3166-1 alpha-2 (for example {@code MY} for Malaysia)
 * @param date the date of return
 * @param entryPoint where the person entered Indonesia (for example Tanjung Pinang, Pontianak, Nunukan); may be empty
 * @param mode deported, rescued or self-returned
 */
public record ReturnInfo(String country, LocalDate date, String entryPoint, ReturnMode mode) {
    /** ISO 3166-1 alpha-2 codes, by {@code (first letter - 'A') * 26 + (second letter - 'A')}. */
    private static final boolean[] COUNTRIES = countries();

    /**
     * Checks every part.
     *
     * @param country the country code
     * @param date the date
     * @param entryPoint the entry point
     * @param mode the mode
     */
    public ReturnInfo {
        country = Checks.requiredText(country, "returnCountry").toUpperCase(Locale.ROOT);
        if (!isCountry(country)) {
            throw SharedError.COUNTRY_ISO.invalid(", such as MY");
        }
        Checks.required(date, "returnDate");
        entryPoint = Checks.optionalText(entryPoint, "entryPoint", TextLimit.NAME);
        Checks.required(mode, "returnMode");
    }

    /**
     * Whether a text is an ISO 3166-1 alpha-2 code of a country other than Indonesia.
     *
     * @param code the text
     * @return true for a foreign country code
     */
    public static boolean isCountry(String code) {
        if (code == null || code.length() != 2 || code.equalsIgnoreCase("ID")) {
            return false;
        }
        int first = letter(code.charAt(0));
        int second = letter(code.charAt(1));
        return first >= 0 && second >= 0 && COUNTRIES[first * 26 + second];
    }

    /** A letter A to Z in either case as 0 to 25, anything else as -1. */
    private static int letter(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        return c >= 'a' && c <= 'z' ? c - 'a' : -1;
    }

    private static boolean[] countries() {
        boolean[] known = new boolean[26 * 26];
        for (String code : Locale.getISOCountries()) {
            known[letter(code.charAt(0)) * 26 + letter(code.charAt(1))] = true;
        }
        return known;
    }
}
