package id.pulih.testkit;

import id.pulih.shared.Nik;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RegionLevel;
import id.pulih.shared.Sex;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a generated NIK encodes, so that a property can check a {@link Nik} against the facts it was built from.
 * {@code PulihGen.nikSpecs()} yields these; they describe synthetic people, never real ones.
 *
 * <pre>{@code
 * NikSpec spec = new NikSpec(RegionCode.of("52.02.01"), Sex.FEMALE, LocalDate.of(1990, 7, 5), 1);
 * spec.text();   // "5202014507900001"
 * }</pre>
 *
 * @param district the district of registration, its 6 digits start the NIK; not null, a district code
 * @param sex the sex, {@link Sex#FEMALE} adds 40 to the day; not null
 * @param birthDate the birth date, of which the NIK keeps {@code DDMMYY}; not null
 * @param serial the serial number, 1 to 9999
 */
public record NikSpec(RegionCode district, Sex sex, LocalDate birthDate, int serial) {

    /**
     * Checks the parts can make a NIK.
     *
     * @param district the district of registration
     * @param sex the sex
     * @param birthDate the birth date
     * @param serial the serial number
     * @throws IllegalArgumentException when the code is not a district code or the serial is outside 1 to 9999
     */
    public NikSpec {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(birthDate, "birthDate");
        if (district.level() != RegionLevel.DISTRICT) {
            throw new IllegalArgumentException("a NIK starts with a district code, not " + district);
        }
        if (serial < 1 || serial > 9999) {
            throw new IllegalArgumentException("the serial number must be 1 to 9999, not " + serial);
        }
    }

    /**
     * The 16 digits: district, birth day (plus 40 for a woman), month, two-digit year, serial.
     *
     * @return 16 ASCII digits
     */
    public String text() {
        int day = birthDate.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
        StringBuilder digits = new StringBuilder(16).append(district.compact());
        appendPadded(digits, day, 2);
        appendPadded(digits, birthDate.getMonthValue(), 2);
        appendPadded(digits, Math.floorMod(birthDate.getYear(), 100), 2);
        appendPadded(digits, serial, 4);
        return digits.toString();
    }

    /**
     * The NIK itself.
     *
     * @return {@code Nik.of(text())}
     */
    public Nik toNik() {
        return Nik.of(text());
    }

    static void appendPadded(StringBuilder digits, int number, int width) {
        String plain = Integer.toString(number);
        for (int i = plain.length(); i < width; i++) {
            digits.append('0');
        }
        digits.append(plain);
    }
}
