package id.pulih.report;

/**
 * A count for one year.
 *
 * @param year the year
 * @param count how many
 */
public record YearRow(int year, long count) {}
