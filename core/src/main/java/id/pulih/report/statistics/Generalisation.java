package id.pulih.report.statistics;

import java.util.OptionalInt;

/**
 * The steps by which a person's quasi-identifiers are coarsened until at least k people share them, in the order
 * they are tried: each step keeps everything the one before it gave up and gives up one more detail. The month of
 * registration goes first (it adds least), then the age widens from 5 to 10 years, then the regency becomes its
 * province. Sex, year and country are never coarsened: a combination still rarer than k after the last step is
 * suppressed.
 */
public enum Generalisation {
    /** As recorded: month of registration, age in 5-year bands, regency of origin. */
    NONE,
    /** Year of registration only. */
    YEAR,
    /** And age in 10-year bands. */
    AGE_DECADE,
    /** And the province of origin instead of the regency. */
    PROVINCE;

    /** The width of the finest age band, in years. */
    public static final int FINE_AGE_BAND = 5;

    /** The width of the coarse age band, in years. */
    public static final int COARSE_AGE_BAND = 10;

    /**
     * Coarsens a person's own combination (as {@link QuasiIdentifiers} of {@link #NONE}) to this step.
     *
     * @param finest the combination as recorded
     * @return the combination at this step
     */
    public QuasiIdentifiers apply(QuasiIdentifiers finest) {
        return switch (this) {
            case NONE -> finest;
            case YEAR ->
                new QuasiIdentifiers(
                        finest.sex(),
                        finest.age(),
                        finest.year(),
                        OptionalInt.empty(),
                        finest.country(),
                        finest.region());
            case AGE_DECADE ->
                new QuasiIdentifiers(
                        finest.sex(),
                        finest.age().widened(COARSE_AGE_BAND),
                        finest.year(),
                        OptionalInt.empty(),
                        finest.country(),
                        finest.region());
            case PROVINCE ->
                new QuasiIdentifiers(
                        finest.sex(),
                        finest.age().widened(COARSE_AGE_BAND),
                        finest.year(),
                        OptionalInt.empty(),
                        finest.country(),
                        finest.region().province());
        };
    }
}
