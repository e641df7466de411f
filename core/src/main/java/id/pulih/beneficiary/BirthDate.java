package id.pulih.beneficiary;

import id.pulih.internal.util.Checks;
import java.time.LocalDate;
import java.time.Period;

/**
 * A birth date, exact or estimated. Many returnees know only their year of birth; an estimated date is stored as 1
 * January of the estimated year and flagged as such.
 *
 * @param date the date (1 January of the year when estimated)
 * @param estimated whether only the year is known
 */
public record BirthDate(LocalDate date, boolean estimated) {
    /**
     * Checks the date.
     *
     * @param date the date
     * @param estimated whether estimated
     */
    public BirthDate {
        Checks.required(date, "birthDate");
        if (date.getYear() < 1900) {
            throw BeneficiaryError.BIRTH_RANGE.invalid();
        }
        if (estimated && date.getDayOfYear() != 1) {
            throw BeneficiaryError.BIRTH_ESTIMATE.invalid();
        }
    }

    /**
     * An exact birth date.
     *
     * @param date the date
     * @return the birth date
     */
    public static BirthDate exact(LocalDate date) {
        return new BirthDate(date, false);
    }

    /**
     * A birth year only.
     *
     * @param year the estimated year
     * @return the birth date, 1 January of that year, flagged estimated
     */
    public static BirthDate estimatedYear(int year) {
        return new BirthDate(LocalDate.of(year, 1, 1), true);
    }

    /**
     * Age in whole years on a date (for an estimated date, the age reached during that year).
     *
     * @param on the date
     * @return the age, 0 for a date before birth
     */
    public int ageOn(LocalDate on) {
        if (on.isBefore(date)) {
            return 0;
        }
        return Period.between(date, on).getYears();
    }
}
