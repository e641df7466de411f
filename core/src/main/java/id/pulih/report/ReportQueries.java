package id.pulih.report;

import id.pulih.shared.RegionLevel;
import java.time.LocalDate;
import java.util.List;

/**
 * The counting behind the reports, done where the data is: a database store answers each with one GROUP BY query,
 * never by loading every row. Merged records are not counted. Region names are left empty here; the reports service
 * fills them from the official list.
 */
public interface ReportQueries {
    /**
     * Beneficiaries by origin region at a level (province or regency), largest first.
     *
     * @param level {@link RegionLevel#PROVINCE} or {@link RegionLevel#REGENCY}
     * @param scope what to count
     * @return the rows
     */
    List<RegionRow> beneficiariesByOrigin(RegionLevel level, ReportScope scope);

    /**
     * Beneficiaries by year of return, oldest year first.
     *
     * @param scope what to count
     * @return the rows
     */
    List<YearRow> beneficiariesByReturnYear(ReportScope scope);

    /**
     * Occupancy and flow per shelter, by code.
     *
     * @param scope which shelters
     * @return the rows
     */
    List<ShelterRow> shelters(ReportScope scope);

    /**
     * Attendance and completion per programme, earliest first.
     *
     * @param scope which programmes
     * @return the rows
     */
    List<ProgrammeRow> programmes(ReportScope scope);

    /**
     * Grants per programme, earliest first.
     *
     * @param scope which programmes
     * @return the rows
     */
    List<GrantRow> grants(ReportScope scope);

    /**
     * Reintegration services by ATENSI component and status.
     *
     * @param scope whose cases
     * @return the rows
     */
    List<ServiceRow> servicesByComponent(ReportScope scope);

    /**
     * Cases by status and outcome.
     *
     * @param scope whose cases
     * @return the rows
     */
    List<OutcomeRow> outcomes(ReportScope scope);

    /**
     * How many scheduled follow-ups are overdue on a date.
     *
     * @param today the date
     * @param scope whose cases
     * @return the count
     */
    long overdueFollowUps(LocalDate today, ReportScope scope);
}
