package id.pulih.jdbc;

import id.pulih.access.Jurisdiction;
import id.pulih.beneficiary.CaseOutcome;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.reintegration.AtensiComponent;
import id.pulih.reintegration.ServiceStatus;
import id.pulih.report.GrantRow;
import id.pulih.report.OutcomeRow;
import id.pulih.report.ProgrammeRow;
import id.pulih.report.RegionRow;
import id.pulih.report.ReportQueries;
import id.pulih.report.ReportScope;
import id.pulih.report.ServiceRow;
import id.pulih.report.ShelterRow;
import id.pulih.report.YearRow;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RegionLevel;
import id.pulih.shared.Rupiah;
import id.pulih.shared.ShelterId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * {@link ReportQueries} in SQL: each report is one statement that counts and sums with GROUP BY in the database, so
 * that no report reads the beneficiaries, stays or payments into memory; only its result rows (one per region, year,
 * shelter, programme, component and status, or case status and outcome) come back.
 *
 * <p>The result rows are ordered here, with the same comparators as the in-memory store: the database's collation
 * and its order of UUIDs differ from Java's, and the rows are few.
 *
 * <p>Programme completion ("attended every required topic, and at least one topic") is counted against the
 * programme's {@code required} column, comma text of topic codes: a topic counts when {@code ,topic,} occurs in
 * {@code ,required,} (whole codes only: {@code CAKE} never matches {@code CAKE_MAKING}), and an enrolment completed
 * when the distinct required topics it attended are as many as the commas say. This needs no copy of the required
 * topics in another table, so nothing can fall out of step with the programme.
 */
final class JdbcReports implements ReportQueries {
    private final Jdbc jdbc;

    JdbcReports(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RegionRow> beneficiariesByOrigin(RegionLevel level, ReportScope scope) {
        Objects.requireNonNull(level, "level");
        Condition cases = cases(Objects.requireNonNull(scope, "scope"));
        String column = level == RegionLevel.PROVINCE ? "b.origin_province" : "b.origin_regency";
        List<RegionRow> rows = jdbc.call(c -> Rows.list(
                c,
                "SELECT " + column + " AS code, COUNT(*) AS n FROM beneficiary b WHERE " + cases.sql() + " GROUP BY "
                        + column,
                Condition.binder(cases),
                r -> new RegionRow(RegionCode.of(r.getString("code")), "", r.getLong("n"))));
        return sorted(
                rows, Comparator.comparingLong(RegionRow::count).reversed().thenComparing(RegionRow::code));
    }

    @Override
    public List<YearRow> beneficiariesByReturnYear(ReportScope scope) {
        Condition cases = cases(Objects.requireNonNull(scope, "scope"));
        List<YearRow> rows = jdbc.call(c -> Rows.list(
                c,
                "SELECT EXTRACT(YEAR FROM b.return_date) AS y, COUNT(*) AS n FROM beneficiary b WHERE " + cases.sql()
                        + " GROUP BY EXTRACT(YEAR FROM b.return_date)",
                Condition.binder(cases),
                r -> new YearRow(r.getInt("y"), r.getLong("n"))));
        return sorted(rows, Comparator.comparingInt(YearRow::year));
    }

    @Override
    public List<ShelterRow> shelters(ReportScope scope) {
        Condition shelters = located(Objects.requireNonNull(scope, "scope"), "s.region");
        if (scope.kind() == ReportScope.Kind.SHELTER) {
            shelters = new Condition("s.id = ?", List.of(scope.shelter().value()));
        }
        Condition where = shelters;
        List<ShelterRow> rows = jdbc.call(c -> Rows.list(
                c,
                "SELECT s.id, s.code, s.name, s.region, s.capacity, COUNT(st.id) AS admitted,"
                        + " COUNT(CASE WHEN st.discharged_on IS NULL THEN st.id END) AS still_in,"
                        + " COUNT(CASE WHEN st.discharge_reason = 'REPATRIATED' THEN 1 END) AS returned_home,"
                        + " COUNT(CASE WHEN st.discharge_reason = 'TRANSFERRED' THEN 1 END) AS transferred,"
                        + " COUNT(CASE WHEN st.discharge_reason NOT IN ('REPATRIATED', 'TRANSFERRED') THEN 1 END)"
                        + " AS other_discharges"
                        + " FROM shelter s LEFT JOIN stay st ON st.shelter_id = s.id WHERE " + where.sql()
                        + " GROUP BY s.id, s.code, s.name, s.region, s.capacity",
                Condition.binder(where),
                r -> new ShelterRow(
                        new ShelterId(Rows.uuid(r, "id")),
                        r.getString("code"),
                        r.getString("name"),
                        RegionCode.of(r.getString("region")),
                        r.getInt("capacity"),
                        r.getLong("still_in"),
                        r.getLong("admitted"),
                        r.getLong("returned_home"),
                        r.getLong("transferred"),
                        r.getLong("other_discharges"))));
        return sorted(rows, Comparator.comparing(ShelterRow::code));
    }

    @Override
    public List<ProgrammeRow> programmes(ReportScope scope) {
        Condition programmes = programmesIn(Objects.requireNonNull(scope, "scope"));
        String required = "CASE WHEN p.required = '' THEN 0"
                + " ELSE LENGTH(p.required) - LENGTH(REPLACE(p.required, ',', '')) + 1 END";
        // one row per enrolment (attended anything? attended every required topic?), then one per programme
        String perEnrolment = "SELECT e.id, e.programme_id,"
                + " CASE WHEN COUNT(a.topic) > 0 THEN 1 ELSE 0 END AS attended,"
                + " CASE WHEN COUNT(a.topic) > 0 AND COUNT(DISTINCT CASE WHEN"
                + " POSITION(',' || a.topic || ',' IN ',' || p.required || ',') > 0 THEN a.topic END) = " + required
                + " THEN 1 ELSE 0 END AS completed"
                + " FROM enrolment e JOIN programme p ON p.id = e.programme_id"
                + " LEFT JOIN enrolment_attendance a ON a.enrolment_id = e.id"
                + " WHERE " + programmes.sql()
                + " GROUP BY e.id, e.programme_id, p.required";
        List<ProgrammeRow> rows = jdbc.call(c -> Rows.list(
                c,
                "SELECT p.id, p.title, p.venue, p.region, p.starts_on, p.capacity,"
                        + " COALESCE(x.enrolled, 0) AS enrolled, COALESCE(x.attended, 0) AS attended,"
                        + " COALESCE(x.completed, 0) AS completed"
                        + " FROM programme p LEFT JOIN (SELECT pe.programme_id, COUNT(*) AS enrolled,"
                        + " SUM(pe.attended) AS attended, SUM(pe.completed) AS completed"
                        + " FROM (" + perEnrolment + ") pe GROUP BY pe.programme_id) x ON x.programme_id = p.id"
                        + " WHERE " + programmes.sql(),
                Condition.binder(programmes, programmes),
                r -> new ProgrammeRow(
                        new ProgrammeId(Rows.uuid(r, "id")),
                        r.getString("title"),
                        r.getString("venue"),
                        RegionCode.of(r.getString("region")),
                        "",
                        Rows.date(r, "starts_on"),
                        r.getInt("capacity"),
                        r.getLong("enrolled"),
                        r.getLong("attended"),
                        r.getLong("completed"))));
        return sorted(
                rows,
                Comparator.comparing(ProgrammeRow::startsOn)
                        .thenComparing(p -> p.programme().value()));
    }

    @Override
    public List<GrantRow> grants(ReportScope scope) {
        Condition programmes = programmesIn(Objects.requireNonNull(scope, "scope"));
        String inScope = "g.programme_id IN (SELECT p.id FROM programme p WHERE " + programmes.sql() + ")";
        List<Object[]> rows = jdbc.call(c -> Rows.list(
                c,
                "SELECT p.id, p.title, p.region, p.starts_on,"
                        + " COALESCE(aw.n, 0) AS awards, COALESCE(aw.total, 0) AS awarded,"
                        + " COALESCE(py.paid, 0) AS paid, COALESCE(py.paid_total, 0) AS paid_total,"
                        + " COALESCE(py.rejected, 0) AS rejected, COALESCE(py.rejected_total, 0) AS rejected_total"
                        + " FROM programme p"
                        + " LEFT JOIN (SELECT g.programme_id, COUNT(*) AS n, SUM(a.amount) AS total"
                        + " FROM award a JOIN grant_scheme g ON g.id = a.scheme_id WHERE " + inScope
                        + " GROUP BY g.programme_id) aw ON aw.programme_id = p.id"
                        + " LEFT JOIN (SELECT g.programme_id,"
                        + " COUNT(CASE WHEN y.status = 'PAID' THEN 1 END) AS paid,"
                        + " SUM(CASE WHEN y.status = 'PAID' THEN y.amount ELSE 0 END) AS paid_total,"
                        + " COUNT(CASE WHEN y.status = 'REJECTED' THEN 1 END) AS rejected,"
                        + " SUM(CASE WHEN y.status = 'REJECTED' THEN y.amount ELSE 0 END) AS rejected_total"
                        + " FROM payment y JOIN grant_scheme g ON g.id = y.scheme_id WHERE " + inScope
                        + " GROUP BY g.programme_id) py ON py.programme_id = p.id"
                        // a programme without a grant scheme has no grant row
                        + " WHERE " + programmes.sql()
                        + " AND EXISTS (SELECT 1 FROM grant_scheme g WHERE g.programme_id = p.id)",
                Condition.binder(programmes, programmes, programmes),
                r -> new Object[] {
                    new GrantRow(
                            new ProgrammeId(Rows.uuid(r, "id")),
                            r.getString("title"),
                            RegionCode.of(r.getString("region")),
                            "",
                            r.getLong("awards"),
                            Rupiah.of(r.getLong("awarded")),
                            r.getLong("paid"),
                            Rupiah.of(r.getLong("paid_total")),
                            r.getLong("rejected"),
                            Rupiah.of(r.getLong("rejected_total"))),
                    Rows.date(r, "starts_on")
                }));
        rows.sort(Comparator.comparing((Object[] row) -> (LocalDate) row[1])
                .thenComparing(row -> ((GrantRow) row[0]).programme().value()));
        return rows.stream().map(row -> (GrantRow) row[0]).toList();
    }

    @Override
    public List<ServiceRow> servicesByComponent(ReportScope scope) {
        Condition cases = cases(Objects.requireNonNull(scope, "scope"));
        List<ServiceRow> rows = jdbc.call(c -> Rows.list(
                c,
                "SELECT ps.component, ps.status, COUNT(*) AS n, SUM(ps.cost) AS cost FROM plan_service ps"
                        + " JOIN reintegration_plan rp ON rp.id = ps.plan_id"
                        + " JOIN beneficiary b ON b.id = rp.beneficiary_id WHERE " + cases.sql()
                        + " GROUP BY ps.component, ps.status",
                Condition.binder(cases),
                r -> new ServiceRow(
                        AtensiComponent.valueOf(r.getString("component")),
                        ServiceStatus.valueOf(r.getString("status")),
                        r.getLong("n"),
                        Rupiah.of(r.getLong("cost")))));
        return sorted(rows, Comparator.comparing(ServiceRow::component).thenComparing(ServiceRow::status));
    }

    @Override
    public List<OutcomeRow> outcomes(ReportScope scope) {
        Condition cases = cases(Objects.requireNonNull(scope, "scope"));
        String outcome = "CASE WHEN b.status = 'CLOSED' THEN b.outcome END";
        List<OutcomeRow> rows = jdbc.call(c -> Rows.list(
                c,
                "SELECT b.status, " + outcome + " AS outcome, COUNT(*) AS n FROM beneficiary b WHERE " + cases.sql()
                        + " GROUP BY b.status, " + outcome,
                Condition.binder(cases),
                r -> new OutcomeRow(
                        CaseStatus.valueOf(r.getString("status")),
                        Rows.enumValue(r, "outcome", CaseOutcome.class),
                        r.getLong("n"))));
        return sorted(
                rows,
                Comparator.comparing(OutcomeRow::status)
                        .thenComparing(row ->
                                row.outcome() == null ? -1 : row.outcome().ordinal()));
    }

    @Override
    public long overdueFollowUps(LocalDate today, ReportScope scope) {
        Objects.requireNonNull(today, "today");
        Condition cases = cases(Objects.requireNonNull(scope, "scope"));
        Condition where = new Condition("f.due_on < ?", List.of(today)).and(cases);
        return jdbc.call(c -> Rows.one(
                        c,
                        "SELECT COUNT(*) FROM follow_up f JOIN beneficiary b ON b.id = f.beneficiary_id"
                                + " WHERE f.status = 'SCHEDULED' AND b.status <> 'CLOSED' AND " + where.sql(),
                        Condition.binder(where),
                        r -> r.getLong(1))
                .orElse(0L));
    }

    /**
     * The cases a scope counts, as a condition on {@code beneficiary b}; merged records never count themselves, but
     * what happened to a record merged into a case (a stay, a referral) counts for that case.
     */
    private static Condition cases(ReportScope scope) {
        Condition unmerged = new Condition("b.merged_into IS NULL", List.of());
        return switch (scope.kind()) {
            case ALL -> unmerged;
            case REGION -> unmerged.and(origin(scope.region()));
            case SHELTER ->
                unmerged.and(new Condition(
                        "(EXISTS (SELECT 1 FROM stay st WHERE st.shelter_id = ? AND (st.beneficiary_id = b.id"
                                + " OR st.beneficiary_id IN (SELECT m.merged_id FROM beneficiary_merged m"
                                + " WHERE m.beneficiary_id = b.id)))"
                                + " OR (b.registered_by_kind = 'SHELTER' AND b.registered_by_ref = ?))",
                        List.of(
                                scope.shelter().value(),
                                JdbcBeneficiaries.reference(Jurisdiction.shelter(scope.shelter())))));
            // only the latest referral of a service can be open (PlannedService checks it), so any open one counts
            case PARTNER ->
                unmerged.and(new Condition(
                        "EXISTS (SELECT 1 FROM service_referral r JOIN plan_service ps ON ps.id = r.service_id"
                                + " JOIN reintegration_plan rp ON rp.id = ps.plan_id WHERE (rp.beneficiary_id = b.id"
                                + " OR rp.beneficiary_id IN (SELECT m.merged_id FROM beneficiary_merged m"
                                + " WHERE m.beneficiary_id = b.id))"
                                + " AND r.partner = ? AND r.status IN ('PENDING', 'ACCEPTED'))",
                        List.of(scope.partner().code())));
        };
    }

    /**
     * Origins within a region, on the indexed province and regency columns where the level allows; {@code origin}
     * is dotted, so a prefix followed by a dot is a descendant.
     */
    private static Condition origin(RegionCode region) {
        return switch (region.level()) {
            case PROVINCE -> new Condition("b.origin_province = ?", List.of(region.toString()));
            case REGENCY -> new Condition("b.origin_regency = ?", List.of(region.toString()));
            case DISTRICT, VILLAGE -> within("b.origin", region);
        };
    }

    private static Condition within(String column, RegionCode region) {
        return new Condition(
                "(" + column + " = ? OR " + column + " LIKE ?)", List.of(region.toString(), region + ".%"));
    }

    /** Shelters or programmes located in the scope's region (all of them nationally, none for other kinds). */
    private static Condition located(ReportScope scope, String column) {
        return switch (scope.kind()) {
            case ALL -> new Condition("1 = 1", List.of());
            case REGION -> within(column, scope.region());
            case SHELTER, PARTNER -> new Condition("1 = 0", List.of());
        };
    }

    /** The programmes a scope counts, as a condition on {@code programme p}: located there, or partnered. */
    private static Condition programmesIn(ReportScope scope) {
        if (scope.kind() == ReportScope.Kind.PARTNER) {
            // partners is comma text of organisation codes, which never contain a comma
            return new Condition(
                    "POSITION(',' || ? || ',' IN ',' || p.partners || ',') > 0",
                    List.of(scope.partner().code()));
        }
        return located(scope, "p.region");
    }

    private static <T> List<T> sorted(List<T> rows, Comparator<? super T> order) {
        List<T> copy = new ArrayList<>(rows);
        copy.sort(order);
        return List.copyOf(copy);
    }

    /** A condition in SQL and the values of its parameters, in order. */
    private record Condition(String sql, List<Object> values) {
        Condition and(Condition other) {
            List<Object> both = new ArrayList<>(values);
            both.addAll(other.values);
            return new Condition(sql + " AND " + other.sql, List.copyOf(both));
        }

        /**
         * Binds the values of conditions from the first parameter on, in the order their SQL appears in the
         * statement.
         */
        static Rows.Binder binder(Condition... parts) {
            return s -> {
                int i = 1;
                for (Condition part : parts) {
                    for (Object value : part.values) {
                        if (value instanceof String text) {
                            s.setString(i++, text);
                        } else {
                            s.setObject(i++, value);
                        }
                    }
                }
            };
        }
    }
}
