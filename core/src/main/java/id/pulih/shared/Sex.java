package id.pulih.shared;

import id.pulih.internal.util.Checks;
import java.util.Locale;

/**
 * Sex as recorded on Indonesian identity documents: {@code L} (laki-laki) or {@code P} (perempuan).
 */
public enum Sex {
    /** Male, code {@code L}. */
    MALE("L"),
    /** Female, code {@code P}. */
    FEMALE("P");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    /**
     * The code used on KTP and in provincial spreadsheets.
     *
     * @return {@code L} or {@code P}
     */
    public String code() {
        return code;
    }

    /**
     * Parses {@code L}/{@code P}, {@code M}/{@code F}, or the Indonesian and English words, ignoring case and
     * surrounding space.
     *
     * @param text the text; not null
     * @return the sex
     * @throws InvalidValueException coded {@code sex.format} for anything else, {@code sex.required} for null
     */
    public static Sex parse(String text) {
        String value = Checks.requiredText(text, "sex").toUpperCase(Locale.ROOT);
        switch (value) {
            case "L":
            case "M":
            case "LAKI-LAKI":
            case "LAKI LAKI":
            case "MALE":
                return MALE;
            case "P":
            case "F":
            case "PEREMPUAN":
            case "WANITA":
            case "FEMALE":
                return FEMALE;
            default:
                throw SharedError.SEX_FORMAT.invalid();
        }
    }
}
