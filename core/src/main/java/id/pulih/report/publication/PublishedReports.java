package id.pulih.report.publication;

import id.pulih.Reports;
import id.pulih.internal.util.Checks;
import id.pulih.report.GrantRow;
import id.pulih.report.OutcomeRow;
import id.pulih.report.ProgrammeRow;
import id.pulih.report.RegionRow;
import id.pulih.report.ServiceRow;
import id.pulih.report.ShelterRow;
import id.pulih.report.YearRow;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RegionLevel;
import id.pulih.shared.Rupiah;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every report of {@link Reports} in its publication form: the same rows and columns, with small cells withheld by
 * {@link SmallCells} against the sums each report prints or implies.
 *
 * <ul>
 *   <li>beneficiaries by origin, by year of return, cases by outcome: the counts add up to the number of cases in
 *       the jurisdiction, which other reports print; by regency, those of one province add up to the province's
 *       count, which the province report prints;
 *   <li>shelters: still in, returned home, transferred and otherwise discharged add up to the row's admitted, and
 *       each column to its total over the shelters; capacities are beds, not people, and are shown;
 *   <li>programmes: enrolled = attended + never attended, attended = completed + not completed (both differences
 *       hidden, yet protected when small), and each column to its total;
 *   <li>grants: each count column to its total; each rupiah total goes with its count (a grant is a fixed sum, so
 *       the total would give the count back); awards, paid and rejected payments are not tied within a row, since
 *       a rejected payment may be issued again;
 *   <li>services: counts and costs by component and by status, each adding up to its component's and status'
 *       totals;
 *   <li>overdue follow-ups: one count, shown as {@code <11} when small.
 * </ul>
 *
 * <pre>{@code
 * PublishedReports published = PublishedReports.of(pulih.as(officer).reports(), SmallCells.DEFAULT_THRESHOLD);
 * PublishedTable table = published.beneficiariesByOrigin(RegionLevel.REGENCY);
 * // 52.02 LOMBOK TENGAH 340 | 52.01 LOMBOK BARAT <11 | 52.03 LOMBOK TIMUR x
 * }</pre>
 */
public final class PublishedReports {
    private final Reports reports;
    private final SmallCells cells;

    private PublishedReports(Reports reports, SmallCells cells) {
        this.reports = reports;
        this.cells = cells;
    }

    /**
     * The published form of an officer's reports.
     *
     * @param reports the reports, within the officer's jurisdiction
     * @param threshold 2 or more: counts of fewer people are withheld ({@link SmallCells#DEFAULT_THRESHOLD} is 11)
     * @return the published reports
     * @throws id.pulih.shared.InvalidValueException coded {@code publication.threshold} for a threshold out of range
     */
    public static PublishedReports of(Reports reports, int threshold) {
        return new PublishedReports(Checks.required(reports, "reports"), SmallCells.threshold(threshold));
    }

    /**
     * Beneficiaries by origin ({@link Reports#beneficiariesByOrigin}): code, name, count.
     *
     * @param level {@link RegionLevel#PROVINCE} or {@link RegionLevel#REGENCY}
     * @return the table
     */
    public PublishedTable beneficiariesByOrigin(RegionLevel level) {
        Layout t = new Layout("code", "name", "count");
        Map<RegionCode, List<Integer>> byProvince = new LinkedHashMap<>();
        List<Integer> all = new ArrayList<>();
        for (RegionRow r : reports.beneficiariesByOrigin(level)) {
            Ref count = t.count(r.count());
            all.add(count.cell());
            byProvince
                    .computeIfAbsent(r.code().province(), p -> new ArrayList<>())
                    .add(count.cell());
            t.row(r.code(), r.name(), count);
        }
        t.known(all);
        if (level == RegionLevel.REGENCY) {
            byProvince.values().forEach(t::known);
        }
        return t.publish(cells);
    }

    /**
     * Beneficiaries by year of return ({@link Reports#beneficiariesByReturnYear}): year, count.
     *
     * @return the table
     */
    public PublishedTable beneficiariesByReturnYear() {
        Layout t = new Layout("year", "count");
        List<Integer> all = new ArrayList<>();
        for (YearRow r : reports.beneficiariesByReturnYear()) {
            Ref count = t.count(r.count());
            all.add(count.cell());
            t.row(r.year(), count);
        }
        t.known(all);
        return t.publish(cells);
    }

    /**
     * Occupancy and flow per shelter ({@link Reports#shelters}).
     *
     * @return the table
     */
    public PublishedTable shelters() {
        Layout t = new Layout(
                "~shelter",
                "code",
                "name",
                "region",
                "capacity",
                "stillIn",
                "admitted",
                "returnedHome",
                "transferred",
                "otherDischarges");
        Columns columns = new Columns(5);
        for (ShelterRow r : reports.shelters()) {
            Ref stillIn = t.count(r.stillIn());
            Ref admitted = t.count(r.admitted());
            Ref home = t.count(r.returnedHome());
            Ref transferred = t.count(r.transferred());
            Ref other = t.count(r.otherDischarges());
            t.table.line(admitted.cell(), stillIn.cell(), home.cell(), transferred.cell(), other.cell());
            columns.add(stillIn, admitted, home, transferred, other);
            t.row(
                    r.shelter(),
                    r.code(),
                    r.name(),
                    r.region(),
                    r.capacity(),
                    stillIn,
                    admitted,
                    home,
                    transferred,
                    other);
        }
        columns.known(t);
        return t.publish(cells);
    }

    /**
     * Attendance and completion per programme ({@link Reports#programmes}).
     *
     * @return the table
     */
    public PublishedTable programmes() {
        Layout t = new Layout(
                "~programme",
                "startsOn",
                "title",
                "venue",
                "region",
                "regionName",
                "capacity",
                "enrolled",
                "attended",
                "completed");
        Columns columns = new Columns(3);
        for (ProgrammeRow r : reports.programmes()) {
            Ref enrolled = t.count(r.enrolled());
            Ref attended = t.count(r.attended());
            Ref completed = t.count(r.completed());
            int neverAttended = t.table.hidden(Math.max(0, r.enrolled() - r.attended()));
            int notCompleted = t.table.hidden(Math.max(0, r.attended() - r.completed()));
            t.table.line(enrolled.cell(), attended.cell(), neverAttended);
            t.table.line(attended.cell(), completed.cell(), notCompleted);
            columns.add(enrolled, attended, completed);
            t.row(
                    r.programme(),
                    r.startsOn(),
                    r.title(),
                    r.venue(),
                    r.region(),
                    r.regionName(),
                    r.capacity(),
                    enrolled,
                    attended,
                    completed);
        }
        columns.known(t);
        return t.publish(cells);
    }

    /**
     * Grants per programme ({@link Reports#grants}).
     *
     * @return the table
     */
    public PublishedTable grants() {
        Layout t = new Layout(
                "~programme",
                "title",
                "region",
                "regionName",
                "awards",
                "awarded",
                "paid",
                "paidTotal",
                "rejected",
                "rejectedTotal");
        Columns columns = new Columns(6);
        for (GrantRow r : reports.grants()) {
            Ref awards = t.count(r.awards());
            Ref awarded = t.amount(r.awarded(), awards);
            Ref paid = t.count(r.paid());
            Ref paidTotal = t.amount(r.paidTotal(), paid);
            Ref rejected = t.count(r.rejected());
            Ref rejectedTotal = t.amount(r.rejectedTotal(), rejected);
            columns.add(awards, awarded, paid, paidTotal, rejected, rejectedTotal);
            t.row(
                    r.programme(),
                    r.title(),
                    r.region(),
                    r.regionName(),
                    awards,
                    awarded,
                    paid,
                    paidTotal,
                    rejected,
                    rejectedTotal);
        }
        columns.known(t);
        return t.publish(cells);
    }

    /**
     * Reintegration services by ATENSI component and status ({@link Reports#servicesByComponent}).
     *
     * @return the table
     */
    public PublishedTable servicesByComponent() {
        Layout t = new Layout("component", "status", "count", "cost");
        Map<Object, List<Integer>> countsBy = new LinkedHashMap<>();
        Map<Object, List<Integer>> costsBy = new LinkedHashMap<>();
        for (ServiceRow r : reports.servicesByComponent()) {
            Ref count = t.count(r.count());
            Ref cost = t.amount(r.cost(), count);
            for (Object key : List.of(r.component(), r.status())) {
                countsBy.computeIfAbsent(key, k -> new ArrayList<>()).add(count.cell());
                costsBy.computeIfAbsent(key, k -> new ArrayList<>()).add(cost.cell());
            }
            t.row(r.component(), r.status(), count, cost);
        }
        countsBy.values().forEach(t::known);
        costsBy.values().forEach(t::known);
        return t.publish(cells);
    }

    /**
     * Cases by status and outcome ({@link Reports#outcomes}).
     *
     * @return the table
     */
    public PublishedTable outcomes() {
        Layout t = new Layout("status", "outcome", "count");
        List<Integer> all = new ArrayList<>();
        for (OutcomeRow r : reports.outcomes()) {
            Ref count = t.count(r.count());
            all.add(count.cell());
            t.row(r.status(), r.outcome(), count);
        }
        t.known(all);
        return t.publish(cells);
    }

    /**
     * The number of overdue follow-ups ({@link Reports#overdueFollowUps}), as a one-cell table.
     *
     * @return the table
     */
    public PublishedTable overdueFollowUps() {
        Layout t = new Layout("overdueFollowUps");
        t.row(t.count(reports.overdueFollowUps()));
        return t.publish(cells);
    }

    /** A printed cell of a layout: its index in the cell table and the value it shows when not withheld. */
    private record Ref(int cell, Object shown) {}

    /** The cells of each column, to tie each column to its known total. */
    private static final class Columns {
        private final List<List<Integer>> columns = new ArrayList<>();

        Columns(int count) {
            for (int i = 0; i < count; i++) {
                columns.add(new ArrayList<>());
            }
        }

        void add(Ref... row) {
            for (int i = 0; i < row.length; i++) {
                columns.get(i).add(row[i].cell());
            }
        }

        void known(Layout t) {
            columns.forEach(t::known);
        }
    }

    /** A table being laid out: its columns, its rows (plain cells and {@link Ref}s), and the cell table behind. */
    private static final class Layout {
        final CellTable table = new CellTable();
        private final List<PublishedTable.Column> columns;
        private final List<Object[]> rows = new ArrayList<>();

        Layout(String... names) {
            this.columns = Arrays.stream(names)
                    .map(n -> n.startsWith("~")
                            ? new PublishedTable.Column(n.substring(1), true)
                            : new PublishedTable.Column(n, false))
                    .toList();
        }

        Ref count(long value) {
            return new Ref(table.count(value), value);
        }

        Ref amount(Rupiah value, Ref count) {
            return new Ref(table.amount(value.amount(), count.cell()), value);
        }

        void known(List<Integer> members) {
            if (!members.isEmpty()) {
                table.line(CellTable.KNOWN, members);
            }
        }

        void row(Object... cells) {
            rows.add(cells);
        }

        PublishedTable publish(SmallCells small) {
            SmallCells.Suppression s = small.suppress(table);
            List<List<Object>> published = new ArrayList<>();
            for (Object[] row : rows) {
                List<Object> cells = new ArrayList<>(row.length);
                for (Object cell : row) {
                    if (cell instanceof Ref ref) {
                        cells.add(
                                s.suppressed(ref.cell())
                                        ? new PublishedTable.Withheld(s.marker(ref.cell()))
                                        : ref.shown());
                    } else {
                        cells.add(cell);
                    }
                }
                published.add(cells);
            }
            return new PublishedTable(columns, published, s.count());
        }
    }
}
