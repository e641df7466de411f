/**
 * Statistics safe to publish: one row per person in the vocabulary of the Human Trafficking Case Data Standard
 * (HTCDS 2.0, IOM, CC BY 4.0; field sheet {@code HTCDS Field Standards 2.0.ods} of {@code UNMigration/HTCDS}) and of
 * the Counter Trafficking Data Collaborative's global dataset (CTDC codebook v6, November 2017;
 * https://www.ctdatacollaborative.org/global-dataset), made k-anonymous over its quasi-identifiers with k = 11 by
 * default, as CTDC publishes its downloadable dataset.
 *
 * <ul>
 *   <li>{@link id.pulih.report.statistics.HtcdsCodes}: Pulih's enums to HTCDS picklist codes, one table each;
 *   <li>{@link id.pulih.report.statistics.HtcdsField}: the columns of the export, the one list of field names
 *       every writer (CSV, JSON) uses;
 *   <li>{@link id.pulih.report.statistics.QuasiIdentifiers} and
 *       {@link id.pulih.report.statistics.Generalisation}: what an outsider may know of a person, and how it is
 *       coarsened step by step;
 *   <li>{@link id.pulih.report.statistics.KAnonymity}: the one algorithm, generalise first, then suppress, in two
 *       passes whose memory holds only the distinct combinations;
 *   <li>{@link id.pulih.report.statistics.StatisticalRecord} and
 *       {@link id.pulih.report.statistics.StatisticsSummary}: what {@link id.pulih.Reports#statistics} hands out.
 * </ul>
 */
package id.pulih.report.statistics;
