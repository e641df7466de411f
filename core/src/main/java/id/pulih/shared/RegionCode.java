package id.pulih.shared;

import id.pulih.internal.util.Checks;
import java.util.Optional;

/**
 * A Kemendagri administrative region code, held in its dotted form: province {@code 52}, regency {@code 52.02},
 * district {@code 52.02.01} or village {@code 52.02.01.1001}.
 *
 * <p>This checks the format only; whether the code names a real region is a question for {@link Regions}:
 *
 * <pre>{@code
 * RegionCode praya = RegionCode.of("520201");        // same as RegionCode.of("52.02.01")
 * praya.level();                                     // DISTRICT
 * praya.regency();                                   // Optional[52.02]
 * Regions.official().name(praya);                    // Optional[Praya]
 * }</pre>
 *
 * <p>Codes order depth-first: a region sorts right before its descendants ({@code 52 < 52.01 < 52.01.01 < 52.02}).
 *
 * @param value the dotted code; the canonical constructor accepts the same forms as {@link #of(String)} and keeps
 *     the dotted one
 */
public record RegionCode(String value) implements Comparable<RegionCode> {
    private static final String FIELD = "region";
    private static final int LONGEST_ECHOED = 13;

    /**
     * Checks the format and keeps the dotted form.
     *
     * @param value the code, dotted or not
     * @throws InvalidValueException coded {@code region.required} or {@code region.format}
     */
    public RegionCode {
        value = dotted(Checks.requiredText(value, FIELD));
    }

    /**
     * Parses a region code, dotted ({@code 52}, {@code 52.02}, {@code 52.02.01}, {@code 52.02.01.1001}) or as bare
     * digits ({@code 52}, {@code 5202}, {@code 520201}, {@code 5202011001}); surrounding white space is ignored.
     *
     * @param text the code; not null
     * @return the code
     * @throws InvalidValueException coded {@code region.required} when the text is null or blank, or
     *     {@code region.format} when it is neither 2, 4, 6 or 10 digits nor their dotted form
     */
    public static RegionCode of(String text) {
        return new RegionCode(text);
    }

    /**
     * The level of the region, read from the length of the code.
     *
     * @return the level, never null
     */
    public RegionLevel level() {
        switch (value.length()) {
            case 2:
                return RegionLevel.PROVINCE;
            case 5:
                return RegionLevel.REGENCY;
            case 8:
                return RegionLevel.DISTRICT;
            default:
                return RegionLevel.VILLAGE;
        }
    }

    /**
     * The region one level up: the district of a village, the regency of a district, the province of a regency.
     *
     * @return the parent, or empty for a province
     */
    public Optional<RegionCode> parent() {
        int dot = value.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(new RegionCode(value.substring(0, dot)));
    }

    /**
     * The province this region lies in.
     *
     * @return the province code (this code itself for a province)
     */
    public RegionCode province() {
        return ancestor(RegionLevel.PROVINCE).orElseThrow();
    }

    /**
     * The regency or city this region lies in.
     *
     * @return the regency code (this code itself for a regency), or empty for a province
     */
    public Optional<RegionCode> regency() {
        return ancestor(RegionLevel.REGENCY);
    }

    /**
     * The district this region lies in.
     *
     * @return the district code (this code itself for a district), or empty for a province or a regency
     */
    public Optional<RegionCode> district() {
        return ancestor(RegionLevel.DISTRICT);
    }

    /**
     * Whether the other region is this one or lies inside it: {@code 52.02} contains {@code 52.02},
     * {@code 52.02.01} and {@code 52.02.01.1001}, but neither {@code 52} nor {@code 52.20}.
     *
     * @param other the other code; not null
     * @return true for this code and for each of its descendants
     */
    public boolean contains(RegionCode other) {
        String inner = Checks.required(other, "other").value;
        return inner.startsWith(value) && (inner.length() == value.length() || inner.charAt(value.length()) == '.');
    }

    /**
     * The code's digits without dots, as in the first digits of a NIK.
     *
     * @return 2, 4, 6 or 10 digits, such as {@code 520201}
     */
    public String compact() {
        StringBuilder digits = new StringBuilder(RegionLevel.VILLAGE.digits());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '.') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /**
     * Orders depth-first: a region right before its descendants, siblings by code.
     *
     * @param other the other code; not null
     * @return negative, zero or positive as this code sorts before, with or after the other
     */
    @Override
    public int compareTo(RegionCode other) {
        // every segment has a fixed width, so the dotted strings sort depth-first
        return value.compareTo(other.value);
    }

    /**
     * The dotted code, such as {@code 52.02.01}.
     *
     * @return the dotted code
     */
    @Override
    public String toString() {
        return value;
    }

    private Optional<RegionCode> ancestor(RegionLevel level) {
        int length = level.dottedLength();
        if (value.length() < length) {
            return Optional.empty();
        }
        return Optional.of(value.length() == length ? this : new RegionCode(value.substring(0, length)));
    }

    private static String dotted(String text) {
        int length = text.length();
        if (text.indexOf('.') >= 0) {
            if (isDotted(text)) {
                return text;
            }
        } else if (allDigits(text) && (length == 2 || length == 4 || length == 6 || length == 10)) {
            StringBuilder dotted = new StringBuilder(length + 3).append(text, 0, 2);
            for (int i = 2; i < length && i < 6; i += 2) {
                dotted.append('.').append(text, i, i + 2);
            }
            if (length == 10) {
                dotted.append('.').append(text, 6, 10);
            }
            return dotted.toString();
        }
        throw SharedError.REGION_FORMAT.invalid(length <= LONGEST_ECHOED ? "'" + text + "'" : length + " characters");
    }

    private static boolean isDotted(String text) {
        int length = text.length();
        if (length != 2 && length != 5 && length != 8 && length != 13) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean dotHere = i == 2 || i == 5 || i == 8;
            if (dotHere ? c != '.' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
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
}
