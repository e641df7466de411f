package id.pulih.report.statistics;

import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.ExploitationType;
import id.pulih.beneficiary.LabourSector;
import id.pulih.beneficiary.MeansOfControl;
import id.pulih.beneficiary.RecruiterRelation;
import id.pulih.beneficiary.TraffickingProfile;
import id.pulih.internal.util.Checks;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One published row of the statistical export: a person's quasi-identifiers as published (possibly coarsened) and
 * their trafficking experience, with nothing that names them. {@link #value(HtcdsField)} gives each column as HTCDS
 * codes, the form every writer publishes.
 *
 * @param identifiers the quasi-identifiers as published
 * @param exploitation the types of exploitation
 * @param control the means of control
 * @param sector the labour sector
 * @param recruiter the relation to the recruiter
 */
public record StatisticalRecord(
        QuasiIdentifiers identifiers,
        Set<ExploitationType> exploitation,
        Set<MeansOfControl> control,
        LabourSector sector,
        RecruiterRelation recruiter) {
    /**
     * Checks and copies.
     *
     * @param identifiers the quasi-identifiers
     * @param exploitation the exploitation types
     * @param control the means of control
     * @param sector the sector
     * @param recruiter the recruiter relation
     */
    public StatisticalRecord {
        Checks.required(identifiers, "identifiers");
        exploitation = Set.copyOf(Checks.required(exploitation, "exploitation"));
        control = Set.copyOf(Checks.required(control, "control"));
        Checks.required(sector, "sector");
        Checks.required(recruiter, "recruiter");
    }

    /**
     * A person's own quasi-identifiers, as recorded ({@link Generalisation#NONE}): sex, age at return in a 5-year
     * band, the year and month the case was registered (in {@code zone}), the country returned from, the regency of
     * origin.
     *
     * @param b the beneficiary
     * @param zone the zone the registration's date is read in (the engine's clock zone)
     * @return the combination
     */
    public static QuasiIdentifiers finest(Beneficiary b, ZoneId zone) {
        ZonedDateTime registered = b.registeredAt().atZone(zone);
        return new QuasiIdentifiers(
                b.sex(),
                AgeBand.of(b.birth().ageOn(b.returnInfo().date()), Generalisation.FINE_AGE_BAND),
                registered.getYear(),
                OptionalInt.of(registered.getMonthValue()),
                HtcdsCodes.country(b.returnInfo().country()),
                b.originRegency());
    }

    /**
     * The row of a person, with the quasi-identifiers to publish.
     *
     * @param b the beneficiary
     * @param published what {@link KAnonymity.Release#of} decided for the person's combination
     * @return the row
     */
    public static StatisticalRecord of(Beneficiary b, QuasiIdentifiers published) {
        TraffickingProfile profile = b.profile();
        return new StatisticalRecord(
                published, profile.exploitation(), profile.control(), profile.sector(), profile.recruiter());
    }

    /**
     * A column as published: text for single values ({@code ""} for none), a list of codes in Pulih's order for the
     * multi-select fields, an integer for the year and the month.
     *
     * @param field the column
     * @return a {@link String}, an {@link Integer}, a {@code List<String>}, or {@link Optional#empty()} for no month
     */
    public Object value(HtcdsField field) {
        return switch (field) {
            case GENDER -> HtcdsCodes.gender(identifiers.sex());
            case AGE_BROAD -> identifiers.age().label();
            case CITIZENSHIP -> HtcdsCodes.CITIZENSHIP;
            case YEAR_OF_REGISTRATION -> identifiers.year();
            case MONTH_OF_REGISTRATION ->
                identifiers.month().isPresent()
                        ? Optional.of(identifiers.month().getAsInt())
                        : Optional.empty();
            case COUNTRY_OF_EXPLOITATION -> identifiers.country();
            case REGION_OF_ORIGIN -> identifiers.region().value();
            case TYPE_OF_EXPLOITATION -> codes(exploitation, ExploitationType.class, HtcdsCodes::exploitation);
            case METHODS_OF_CONTROL -> codes(control, MeansOfControl.class, HtcdsCodes::control);
            case FORCED_LABOUR_INDUSTRY -> HtcdsCodes.industry(sector).orElse("");
            case RELATIONSHIP_TO_TRAFFICKER -> HtcdsCodes.relation(recruiter).orElse("");
        };
    }

    /** Each code once (two Pulih values may share one), in the order of Pulih's constants. */
    private static <E extends Enum<E>> List<String> codes(
            Set<E> values, Class<E> type, java.util.function.Function<E, String> code) {
        List<String> codes = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            if (values.contains(constant)) {
                String c = code.apply(constant);
                if (!codes.contains(c)) {
                    codes.add(c);
                }
            }
        }
        return List.copyOf(codes);
    }
}
