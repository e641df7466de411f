/**
 * Count reports in a form safe to publish: cells counting fewer people than a threshold (11 by default, as CTDC
 * publishes) are shown as {@code <11}, and enough other cells are withheld that no total the report prints, and no
 * total a reader knows from elsewhere, gives a withheld cell back by subtraction.
 *
 * <ul>
 *   <li>{@link id.pulih.report.publication.CellTable}: a report's cells and the sums that tie them together;
 *   <li>{@link id.pulih.report.publication.SmallCells}: the one suppression algorithm (primary, then complementary);
 *   <li>{@link id.pulih.report.publication.PublishedReports}: every report of {@link id.pulih.Reports} as a
 *       {@link id.pulih.report.publication.PublishedTable}.
 * </ul>
 */
package id.pulih.report.publication;
