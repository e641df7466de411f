package id.pulih.beneficiary;

import id.pulih.shared.Checks;
import id.pulih.shared.InvalidValueException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * How and when the person came home.
 *
 * @param country the country returned from, ISO 3166-1 alpha-2 (for example {@code MY} for Malaysia)
 * @param date the date of return
 * @param entryPoint where the person entered Indonesia (for example Tanjung Pinang, Pontianak, Nunukan); may be empty
 * @param mode deported, rescued or self-returned
 */
public record ReturnInfo(String country, LocalDate date, String entryPoint, ReturnMode mode) {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

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
            throw new InvalidValueException(
                    "returnCountry", "country.iso", "expected an ISO 3166-1 alpha-2 code other than ID, such as MY");
        }
        Checks.required(date, "returnDate");
        entryPoint = entryPoint == null ? "" : entryPoint.strip();
        Checks.required(mode, "returnMode");
    }

    /**
     * Whether a text is an ISO 3166-1 alpha-2 code of a country other than Indonesia.
     *
     * @param code the text
     * @return true for a foreign country code
     */
    public static boolean isCountry(String code) {
        return code != null && !code.equalsIgnoreCase("ID") && COUNTRIES.contains(code.toUpperCase(Locale.ROOT));
    }
}
