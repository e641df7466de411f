package id.pulih.beneficiary;

import id.pulih.internal.util.Checks;
import id.pulih.shared.PersonName;
import id.pulih.shared.RegionCode;
import java.time.LocalDate;

/**
 * What makes two registrations without a common NIK probable duplicates: the same name (ignoring case, accents,
 * spaces and punctuation), the same birth date, and the same origin regency.
 *
 * @param name the normalised name
 * @param birthDate the birth date
 * @param regency the origin regency
 */
public record DuplicateKey(String name, LocalDate birthDate, RegionCode regency) {
    /**
     * Checks every part.
     *
     * @param name the normalised name
     * @param birthDate the birth date
     * @param regency the regency
     */
    public DuplicateKey {
        Checks.required(name, "name");
        Checks.required(birthDate, "birthDate");
        Checks.required(regency, "regency");
    }

    /**
     * The key of a person.
     *
     * @param name the name
     * @param birthDate the birth date
     * @param origin the origin, regency or finer
     * @return the key
     */
    public static DuplicateKey of(PersonName name, LocalDate birthDate, RegionCode origin) {
        return new DuplicateKey(
                Beneficiary.normalise(name), birthDate, origin.regency().orElse(origin));
    }

    /** Does not show the name. */
    @Override
    public String toString() {
        return "DuplicateKey[" + regency + ", " + birthDate.getYear() + "]";
    }

    /**
     * The key as one text, for stores that index it.
     *
     * @return name, birth date and regency joined with {@code |}
     */
    public String text() {
        return name + "|" + birthDate + "|" + regency;
    }
}
