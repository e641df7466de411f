package id.pulih.csv;

import id.pulih.Pulih;
import id.pulih.Reports;
import id.pulih.access.Actor;
import id.pulih.report.GrantRow;
import id.pulih.report.OutcomeRow;
import id.pulih.report.ProgrammeRow;
import id.pulih.report.RegionRow;
import id.pulih.report.ServiceRow;
import id.pulih.report.ShelterRow;
import id.pulih.report.YearRow;
import id.pulih.report.publication.PublishedReports;
import id.pulih.report.publication.PublishedTable;
import id.pulih.shared.PrivateFiles;
import id.pulih.shared.RegionLevel;
import id.pulih.shared.Rupiah;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes report rows ({@code id.pulih.report}) to CSV: one column per record component, named in snake case
 * ({@code regionName} becomes {@code region_name}); amounts as whole rupiah digits, dates ISO, codes and ids as
 * text, nothing for an absent value. Cells a spreadsheet would run as a formula get a leading {@code '}.
 *
 * <pre>{@code
 * List<RegionRow> rows = pulih.as(officer).reports().beneficiariesByOrigin(RegionLevel.PROVINCE);
 * ReportExport.write(rows, RegionRow.class, writer, ';');
 * // code;name;count
 * // 52;NUSA TENGGARA BARAT;490
 *
 * List<Path> files = ReportExport.of(pulih).writeAll(officer, Path.of("laporan"), ';');
 * }</pre>
 */
public final class ReportExport {
    private final Pulih pulih;

    private ReportExport(Pulih pulih) {
        this.pulih = pulih;
    }

    /**
     * An exporter of every report of a Pulih.
     *
     * @param pulih the Pulih; not null
     * @return the exporter
     */
    public static ReportExport of(Pulih pulih) {
        return new ReportExport(Objects.requireNonNull(pulih, "pulih"));
    }

    /**
     * Writes every report, as the officer sees it (within its jurisdiction), to one UTF-8 file each (with a byte
     * order mark, for Excel) in a directory: {@code beneficiaries-by-province.csv},
     * {@code beneficiaries-by-regency.csv}, {@code beneficiaries-by-return-year.csv}, {@code shelters.csv},
     * {@code programmes.csv}, {@code grants.csv}, {@code services-by-component.csv}, {@code outcomes.csv},
     * {@code overdue-follow-ups.csv}.
     *
     * @param actor the officer
     * @param directory an existing directory; files there of the same names are replaced
     * @param separator {@code ;}, {@code ,} or tab
     * @return the files written
     * @throws UncheckedIOException when a file cannot be written
     */
    public List<Path> writeAll(Actor actor, Path directory, char separator) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(directory, "directory");
        Reports reports = pulih.as(actor).reports();
        List<Path> files = new ArrayList<>();
        files.add(write(
                reports.beneficiariesByOrigin(RegionLevel.PROVINCE),
                RegionRow.class,
                directory.resolve("beneficiaries-by-province.csv"),
                separator));
        files.add(write(
                reports.beneficiariesByOrigin(RegionLevel.REGENCY),
                RegionRow.class,
                directory.resolve("beneficiaries-by-regency.csv"),
                separator));
        files.add(write(
                reports.beneficiariesByReturnYear(),
                YearRow.class,
                directory.resolve("beneficiaries-by-return-year.csv"),
                separator));
        files.add(write(reports.shelters(), ShelterRow.class, directory.resolve("shelters.csv"), separator));
        files.add(write(reports.programmes(), ProgrammeRow.class, directory.resolve("programmes.csv"), separator));
        files.add(write(reports.grants(), GrantRow.class, directory.resolve("grants.csv"), separator));
        files.add(write(
                reports.servicesByComponent(),
                ServiceRow.class,
                directory.resolve("services-by-component.csv"),
                separator));
        files.add(write(reports.outcomes(), OutcomeRow.class, directory.resolve("outcomes.csv"), separator));
        files.add(write(
                List.of(new OverdueFollowUps(reports.overdueFollowUps())),
                OverdueFollowUps.class,
                directory.resolve("overdue-follow-ups.csv"),
                separator));
        return files;
    }

    /**
     * Writes every report in its publication form ({@link PublishedReports}: counts of fewer people than the
     * threshold shown as {@code <11}, the cells that would give them back withheld as {@code x}), as the officer sees
     * it, to the same files as {@link #writeAll}.
     *
     * <pre>{@code
     * ReportExport.of(pulih).writeAllPublished(officer, Path.of("terbitan"), ';', SmallCells.DEFAULT_THRESHOLD);
     * // beneficiaries-by-regency.csv: 52.01;LOMBOK BARAT;<11
     * }</pre>
     *
     * @param actor the officer
     * @param directory an existing directory; files there of the same names are replaced
     * @param separator {@code ;}, {@code ,} or tab
     * @param threshold 2 or more (11 as CTDC publishes)
     * @return the files written
     * @throws id.pulih.shared.InvalidValueException coded {@code publication.threshold} for a threshold out of range
     * @throws UncheckedIOException when a file cannot be written
     */
    public List<Path> writeAllPublished(Actor actor, Path directory, char separator, int threshold) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(directory, "directory");
        PublishedReports published = PublishedReports.of(pulih.as(actor).reports(), threshold);
        List<Path> files = new ArrayList<>();
        files.add(write(
                published.beneficiariesByOrigin(RegionLevel.PROVINCE),
                directory.resolve("beneficiaries-by-province.csv"),
                separator));
        files.add(write(
                published.beneficiariesByOrigin(RegionLevel.REGENCY),
                directory.resolve("beneficiaries-by-regency.csv"),
                separator));
        files.add(write(
                published.beneficiariesByReturnYear(),
                directory.resolve("beneficiaries-by-return-year.csv"),
                separator));
        files.add(write(published.shelters(), directory.resolve("shelters.csv"), separator));
        files.add(write(published.programmes(), directory.resolve("programmes.csv"), separator));
        files.add(write(published.grants(), directory.resolve("grants.csv"), separator));
        files.add(write(published.servicesByComponent(), directory.resolve("services-by-component.csv"), separator));
        files.add(write(published.outcomes(), directory.resolve("outcomes.csv"), separator));
        files.add(write(published.overdueFollowUps(), directory.resolve("overdue-follow-ups.csv"), separator));
        return files;
    }

    /**
     * Writes a published table to a UTF-8 file with a byte order mark.
     *
     * @param table the table
     * @param file the file, replaced if it exists; created readable by its owner only ({@link PrivateFiles})
     * @param separator {@code ;}, {@code ,} or tab
     * @return the file
     * @throws UncheckedIOException when the file cannot be written
     */
    public static Path write(PublishedTable table, Path file, char separator) {
        try (Writer out = PrivateFiles.newWriter(file)) {
            out.write('\uFEFF');
            write(table, out, separator);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a published table to a writer, which stays open: columns in snake case, a withheld cell as its marker.
     *
     * @param table the table
     * @param out the writer
     * @param separator {@code ;}, {@code ,} or tab
     */
    public static void write(PublishedTable table, Writer out, char separator) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(out, "out");
        CsvOut csv = new CsvOut(out, CsvOut.separator(separator));
        List<String> header = new ArrayList<>();
        for (PublishedTable.Column c : table.columns()) {
            header.add(snake(c.name()));
        }
        csv.row(header);
        for (List<Object> row : table.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            for (Object cell : row) {
                cells.add(text(cell));
            }
            csv.row(cells);
        }
        csv.flush();
    }

    /** The one-number report, as a row. */
    record OverdueFollowUps(long overdueFollowUps) {}

    /**
     * Writes rows to a UTF-8 file with a byte order mark.
     *
     * @param rows the rows
     * @param type the row type, which gives the header even when there is no row
     * @param file the file, replaced if it exists; created readable by its owner only ({@link PrivateFiles})
     * @param separator {@code ;}, {@code ,} or tab
     * @param <R> the row type
     * @return the file
     * @throws UncheckedIOException when the file cannot be written
     */
    public static <R extends Record> Path write(List<R> rows, Class<R> type, Path file, char separator) {
        try (Writer out = PrivateFiles.newWriter(file)) {
            out.write('\uFEFF');
            write(rows, type, out, separator);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes rows to a writer, which stays open.
     *
     * @param rows the rows
     * @param type the row type, which gives the header even when there is no row
     * @param out the writer
     * @param separator {@code ;}, {@code ,} or tab
     * @param <R> the row type
     */
    public static <R extends Record> void write(List<R> rows, Class<R> type, Writer out, char separator) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(out, "out");
        RecordComponent[] components = type.getRecordComponents();
        CsvOut csv = new CsvOut(out, CsvOut.separator(separator));
        List<String> header = new ArrayList<>(components.length);
        for (RecordComponent c : components) {
            header.add(snake(c.getName()));
        }
        csv.row(header);
        for (R row : rows) {
            List<String> cells = new ArrayList<>(components.length);
            for (RecordComponent c : components) {
                cells.add(text(read(c, row)));
            }
            csv.row(cells);
        }
        csv.flush();
    }

    static String snake(String camel) {
        StringBuilder s = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                s.append('_').append(Character.toLowerCase(c));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    private static Object read(RecordComponent component, Object row) {
        try {
            return component.getAccessor().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of a report row", e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(ReportExport::text).orElse("");
        }
        if (value instanceof Rupiah rupiah) {
            return Long.toString(rupiah.amount());
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Record record && record.getClass().getRecordComponents().length == 1) {
            return text(read(record.getClass().getRecordComponents()[0], record));
        }
        return value.toString();
    }
}
