package id.pulih.cli;

import id.pulih.Reports;
import id.pulih.report.GrantRow;
import id.pulih.report.OutcomeRow;
import id.pulih.report.ProgrammeRow;
import id.pulih.report.RegionRow;
import id.pulih.report.ServiceRow;
import id.pulih.report.ShelterRow;
import id.pulih.report.YearRow;
import id.pulih.report.publication.PublishedReports;
import id.pulih.report.publication.PublishedTable;
import id.pulih.shared.RegionLevel;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The reports {@code pulih report} prints, each one of {@link Reports} as a {@link Table}. */
enum ReportName {
    ORIGIN_PROVINCE(
            "beneficiaries by province of origin, largest first",
            r -> origin(r, RegionLevel.PROVINCE),
            p -> p.beneficiariesByOrigin(RegionLevel.PROVINCE)),
    ORIGIN_REGENCY(
            "beneficiaries by regency of origin, largest first",
            r -> origin(r, RegionLevel.REGENCY),
            p -> p.beneficiariesByOrigin(RegionLevel.REGENCY)),
    RETURN_YEAR("beneficiaries by year of return", ReportName::returnYear, PublishedReports::beneficiariesByReturnYear),
    SHELTERS(
            "occupancy and flow per shelter: still in, admitted, returned home",
            ReportName::shelters,
            PublishedReports::shelters),
    PROGRAMMES(
            "attendance and completion per guidance programme", ReportName::programmes, PublishedReports::programmes),
    GRANTS("stimulus grants per programme: awarded, paid, rejected", ReportName::grants, PublishedReports::grants),
    SERVICES(
            "reintegration services by ATENSI component and status",
            ReportName::services,
            PublishedReports::servicesByComponent),
    OUTCOMES("cases by status, closed cases by outcome", ReportName::outcomes, PublishedReports::outcomes);

    private final String description;
    private final Function<Reports, Table> table;
    private final Function<PublishedReports, PublishedTable> published;

    ReportName(
            String description, Function<Reports, Table> table, Function<PublishedReports, PublishedTable> published) {
        this.description = description;
        this.table = table;
        this.published = published;
    }

    /** The name typed on the command line, such as {@code origin-province}. */
    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String description() {
        return description;
    }

    Table table(Reports reports) {
        return table.apply(reports);
    }

    /** The report in its publication form: small cells withheld ({@link PublishedReports}). */
    Table published(PublishedReports reports) {
        PublishedTable p = published.apply(reports);
        Table t = Table.of(p.columns().stream()
                .map(c -> c.wide() ? "~" + c.name() : c.name())
                .toArray(String[]::new));
        for (java.util.List<Object> row : p.rows()) {
            t.row(row.toArray());
        }
        return t;
    }

    static String labels() {
        return Arrays.stream(values()).map(ReportName::label).collect(Collectors.joining(", "));
    }

    private static Table origin(Reports reports, RegionLevel level) {
        Table t = Table.of("code", "name", "count");
        for (RegionRow r : reports.beneficiariesByOrigin(level)) {
            t.row(r.code(), r.name(), r.count());
        }
        return t;
    }

    private static Table returnYear(Reports reports) {
        Table t = Table.of("year", "count");
        for (YearRow r : reports.beneficiariesByReturnYear()) {
            t.row(r.year(), r.count());
        }
        return t;
    }

    private static Table shelters(Reports reports) {
        Table t = Table.of(
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
        for (ShelterRow r : reports.shelters()) {
            t.row(
                    r.shelter(),
                    r.code(),
                    r.name(),
                    r.region(),
                    r.capacity(),
                    r.stillIn(),
                    r.admitted(),
                    r.returnedHome(),
                    r.transferred(),
                    r.otherDischarges());
        }
        return t;
    }

    private static Table programmes(Reports reports) {
        Table t = Table.of(
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
        for (ProgrammeRow r : reports.programmes()) {
            t.row(
                    r.programme(),
                    r.startsOn(),
                    r.title(),
                    r.venue(),
                    r.region(),
                    r.regionName(),
                    r.capacity(),
                    r.enrolled(),
                    r.attended(),
                    r.completed());
        }
        return t;
    }

    private static Table grants(Reports reports) {
        Table t = Table.of(
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
        for (GrantRow r : reports.grants()) {
            t.row(
                    r.programme(),
                    r.title(),
                    r.region(),
                    r.regionName(),
                    r.awards(),
                    r.awarded(),
                    r.paid(),
                    r.paidTotal(),
                    r.rejected(),
                    r.rejectedTotal());
        }
        return t;
    }

    private static Table services(Reports reports) {
        Table t = Table.of("component", "status", "count", "cost");
        for (ServiceRow r : reports.servicesByComponent()) {
            t.row(r.component(), r.status(), r.count(), r.cost());
        }
        return t;
    }

    private static Table outcomes(Reports reports) {
        Table t = Table.of("status", "outcome", "count");
        for (OutcomeRow r : reports.outcomes()) {
            t.row(r.status(), r.outcome(), r.count());
        }
        return t;
    }

    /** Reads {@code origin-province} (or {@code ORIGIN_PROVINCE}). */
    static final class Converter implements ITypeConverter<ReportName> {
        @Override
        public ReportName convert(String value) {
            String wanted = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            for (ReportName name : values()) {
                if (name.label().equals(wanted)) {
                    return name;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a report; choose one of " + labels());
        }
    }

    /** The names, for completion and for the usage help. */
    static final class Candidates implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.stream(values()).map(ReportName::label).iterator();
        }
    }
}
