package id.pulih;

import id.pulih.report.GrantRow;
import id.pulih.report.OutcomeRow;
import id.pulih.report.ProgrammeRow;
import id.pulih.report.RegionRow;
import id.pulih.report.ServiceRow;
import id.pulih.report.ShelterRow;
import id.pulih.report.YearRow;
import id.pulih.shared.RegionLevel;
import java.util.List;

/**
 * Reports as typed rows, always limited to the actor's jurisdiction (see {@link id.pulih.report.ReportScope}): a
 * national officer sees every case, a regency office the cases from its regency, a shelter its own residents, a
 * partner the cases referred to it. The counting happens in the store (SQL on a database).
 *
 * <pre>{@code
 * for (RegionRow row : pulih.as(officer).reports().beneficiariesByOrigin(RegionLevel.PROVINCE)) {
 *     log.info("{} {}: {}", row.code(), row.name(), row.count());   // 52 Nusa Tenggara Barat: 490
 * }
 * }</pre>
 */
public interface Reports {
    /**
     * Beneficiaries by province or regency of origin, largest first.
     *
     * @param level {@link RegionLevel#PROVINCE} or {@link RegionLevel#REGENCY}
     * @return the rows, with official names
     */
    List<RegionRow> beneficiariesByOrigin(RegionLevel level);

    /**
     * Beneficiaries by year of return, oldest first.
     *
     * @return the rows
     */
    List<YearRow> beneficiariesByReturnYear();

    /**
     * Occupancy and flow per shelter: still in, admitted, returned home, transferred, otherwise discharged.
     *
     * @return the rows, by shelter code
     */
    List<ShelterRow> shelters();

    /**
     * Attendance and completion per programme.
     *
     * @return the rows, earliest programme first
     */
    List<ProgrammeRow> programmes();

    /**
     * Grants per programme and regency: awards, paid and rejected payments with totals.
     *
     * @return the rows
     */
    List<GrantRow> grants();

    /**
     * Reintegration services by ATENSI component and status.
     *
     * @return the rows
     */
    List<ServiceRow> servicesByComponent();

    /**
     * Cases by status, and closed cases by outcome.
     *
     * @return the rows
     */
    List<OutcomeRow> outcomes();

    /**
     * How many scheduled follow-up visits are overdue today (the list itself, highest risk first, is {@link
     * Reintegration#followUpsDue()}).
     *
     * @return the count
     */
    long overdueFollowUps();

    /**
     * The statistical export: one row per person within the actor's jurisdiction (merged records left out), in the
     * HTCDS vocabulary, k-anonymous over sex, age at return, year and month of registration, country of exploitation
     * and region of origin (see {@link id.pulih.report.statistics.KAnonymity}: coarsened first, then suppressed).
     * Reads the store twice, a page at a time, in one transaction: memory holds the distinct combinations, never
     * the people. Publishes no name, identifier or date; each row goes to {@code sink} as it is made. Names no case
     * in the access log, as a report does: nothing a row says can be traced to one person.
     *
     * <pre>{@code
     * StatisticsSummary done = pulih.as(officer).reports().statistics(KAnonymity.DEFAULT_K, row -> csv.write(row));
     * done.suppressed();   // people left out because fewer than 11 shared even the coarsest combination
     * }</pre>
     *
     * @param k the k, 2 to {@link id.pulih.report.statistics.KAnonymity#MAX_K}; CTDC publishes with 11
     * @param sink receives each published row
     * @return how many people were read, kept, generalised and suppressed
     * @throws id.pulih.shared.InvalidValueException coded {@code statistics.k} for a k out of range
     */
    id.pulih.report.statistics.StatisticsSummary statistics(
            int k, java.util.function.Consumer<? super id.pulih.report.statistics.StatisticalRecord> sink);
}
