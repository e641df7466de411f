/**
 * Reports as typed rows (region codes with names, counts, rupiah totals), always limited to the actor's jurisdiction
 * through a {@link id.pulih.report.ReportScope}; the store counts them with {@link id.pulih.report.ReportQueries}.
 */
package id.pulih.report;
