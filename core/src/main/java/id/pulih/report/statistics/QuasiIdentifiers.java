package id.pulih.report.statistics;

import id.pulih.internal.util.Checks;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RegionLevel;
import id.pulih.shared.Sex;
import java.util.OptionalInt;

/**
 * What an outsider may already know of a person and could link a published row back to them with: sex, age,
 * when the case was registered, the country the person came back from and the region of origin. The statistical
 * export is k-anonymous over exactly these (citizenship is the same for everyone, Indonesian, and splits nobody).
 * The trafficking experience (exploitation types, means of control, sector, recruiter) is what the statistics are
 * about and is published as recorded: it is not treated as known to an outsider.
 *
 * @param sex the sex
 * @param age the age at return, as a band
 * @param year the year of registration
 * @param month the month of registration (1 to 12), or empty once generalised to the year
 * @param country the country of exploitation, ISO 3166-1 alpha-3 (the country the person returned from)
 * @param region the region of origin: a regency, or its province once generalised
 */
public record QuasiIdentifiers(Sex sex, AgeBand age, int year, OptionalInt month, String country, RegionCode region) {
    /**
     * Checks every part.
     *
     * @param sex the sex
     * @param age the age band
     * @param year the year
     * @param month the month, or empty
     * @param country the country code
     * @param region the region, a province or a regency
     */
    public QuasiIdentifiers {
        Checks.required(sex, "sex");
        Checks.required(age, "age");
        Checks.required(month, "month");
        Checks.required(country, "country");
        Checks.required(region, "region");
        if (month.isPresent() && (month.getAsInt() < 1 || month.getAsInt() > 12)) {
            throw new IllegalArgumentException("a month is 1 to 12, found " + month.getAsInt());
        }
        if (region.level() != RegionLevel.PROVINCE && region.level() != RegionLevel.REGENCY) {
            throw new IllegalArgumentException("the region of origin is published as a regency or a province");
        }
    }

    /**
     * Whether this combination says nothing that {@code finer} does not: the same sex, year and country, an age band
     * holding {@code finer}'s, the same month or none, and the same region or one containing it. Every published row
     * is a generalisation of its person's own combination.
     *
     * @param finer the other combination
     * @return true when this one is {@code finer} or a coarsening of it
     */
    public boolean generalises(QuasiIdentifiers finer) {
        return sex == finer.sex
                && year == finer.year
                && country.equals(finer.country)
                && age.contains(finer.age)
                && (month.isEmpty() || month.equals(finer.month))
                && region.contains(finer.region);
    }
}
