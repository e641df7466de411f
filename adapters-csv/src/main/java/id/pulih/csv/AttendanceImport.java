package id.pulih.csv;

import de.siegmar.fastcsv.reader.CsvRecord;
import id.pulih.BulkAttendance;
import id.pulih.Pulih;
import id.pulih.access.AccessDeniedException;
import id.pulih.access.Actor;
import id.pulih.beneficiary.BeneficiaryError;
import id.pulih.guidance.Topic;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.Nik;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.PulihException;
import id.pulih.shared.SharedError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports the attendance list of a guidance programme: one line per participant, topic and day, with the columns
 * {@code nik} (or {@code id}, the case id of an export), {@code topic} ({@code Topik}, {@code Materi}: a topic code
 * such as {@code MARKETING_STRATEGY}, spaces and hyphens read as underscores) and {@code date} ({@code Tanggal}).
 *
 * <p>The importer only reads and maps lines: the whole file is one {@code Guidance.recordAttendanceAll} command (one
 * transaction, its role check, one audit entry with counts), each line checked by the rules of {@code
 * Guidance.recordAttendance}. A line refused changes nothing and costs no other line; a line repeated, or the same
 * file imported again, changes nothing (so {@link ImportReport#imported()} counts lines recorded or already recorded);
 * a failure of the file half-way leaves nothing written.
 * Errors are reported per line, with the services' codes ({@code attendance.not-enrolled}, {@code topic.format}; {@code csv.binary} for a line with a control byte such as
 * NUL in any cell), and
 * {@link ImportReport#writeErrors(Path)} gives the lines to fix.
 *
 * <pre>{@code
 * ImportReport report = AttendanceImport.of(pulih)
 *         .apply(officer, praya.id(), Path.of("absensi-praya.csv"), ImportOptions.defaults());
 * }</pre>
 */
public final class AttendanceImport {
    private static final Map<String, List<String>> ALIASES = Map.of(
            "nik", List.of("NIK", "No NIK"),
            "id", List.of("beneficiary_id", "id kasus"),
            "topic", List.of("topik", "materi", "modul"),
            "date", List.of("tanggal", "tanggal hadir", "hari"));

    private final Pulih pulih;

    private AttendanceImport(Pulih pulih) {
        this.pulih = pulih;
    }

    /**
     * An attendance importer over a Pulih.
     *
     * @param pulih the Pulih; not null
     * @return the importer
     */
    public static AttendanceImport of(Pulih pulih) {
        return new AttendanceImport(Objects.requireNonNull(pulih, "pulih"));
    }

    /**
     * Imports an attendance file.
     *
     * @param actor the officer
     * @param programme the programme
     * @param file the file
     * @param options the charset, progress and errors kept
     * @return the report
     * @throws CsvImportException when the file as a whole cannot be read
     * @throws AccessDeniedException for an actor who may not change records
     */
    public ImportReport apply(Actor actor, ProgrammeId programme, Path file, ImportOptions options) {
        Objects.requireNonNull(file, "file");
        try {
            return apply(actor, programme, Files.newInputStream(file), options);
        } catch (IOException e) {
            throw CsvError.IO.refuse(e, "file", "opened");
        }
    }

    /**
     * Imports an attendance stream, which is read to its end and closed.
     *
     * @param actor the officer
     * @param programme the programme
     * @param in the bytes
     * @param options the charset, progress and errors kept
     * @return the report
     * @throws CsvImportException when the file as a whole cannot be read
     * @throws AccessDeniedException for an actor who may not change records
     */
    public ImportReport apply(Actor actor, ProgrammeId programme, InputStream in, ImportOptions options) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        return pulih.as(actor).guidance().recordAttendanceAll(programme, list -> read(list, in, options));
    }

    private static ImportReport read(BulkAttendance list, InputStream in, ImportOptions options) {
        ImportReport.Builder report = new ImportReport.Builder(options.maxErrorsKept());
        try (CsvSource source = CsvSource.open(in, options.charset())) {
            CsvRecord first = source.next(options.charset());
            if (first == null) {
                throw CsvError.EMPTY.refuse("has no rows");
            }
            List<String> header = CsvSource.cells(first);
            Columns columns = new Columns(header, ALIASES, List.of("topic", "date"));
            if (!columns.has("nik") && !columns.has("id")) {
                throw CsvError.HEADER.refuse("missing column(s): nik or id");
            }
            report.header(header, source.separator());
            CsvRecord record;
            while ((record = source.next(options.charset())) != null) {
                report.read();
                long line = record.getStartingLineNumber();
                List<String> cells = CsvSource.cells(record);
                Optional<RowError> binary = columns.binary(line, cells);
                if (binary.isPresent()) {
                    report.reject(cells, List.of(binary.get()));
                } else {
                    record(list, columns, cells, line, report);
                }
                if (report.readSoFar() % options.progressEvery() == 0) {
                    options.progress().progress(report.readSoFar(), source.bytesRead());
                }
            }
            options.progress().progress(report.readSoFar(), source.bytesRead());
        }
        return report.build();
    }

    private static void record(
            BulkAttendance list, Columns columns, List<String> cells, long line, ImportReport.Builder report) {
        String field = "row";
        try {
            field = columns.has("id") && !columns.value(cells, "id").isEmpty() ? "id" : "nik";
            BeneficiaryId who = "id".equals(field)
                    ? BeneficiaryId.parse(columns.value(cells, "id"))
                    : list.findByNik(Nik.of(columns.value(cells, "nik")))
                            .orElseThrow(() -> BeneficiaryError.UNKNOWN.invalid());
            field = "topic";
            Topic topic = Topic.of(columns.value(cells, "topic"));
            field = "date";
            LocalDate day = date(columns.value(cells, "date"));
            field = "row";
            list.record(who, topic, day);
            report.imported();
        } catch (PulihException e) {
            if ("row".equals(field) && e instanceof InvalidValueException refused && columns.has(refused.field())) {
                // the engine refused a cell's value (a date after today is date.future): name that cell
                field = refused.field();
            }
            String column = "row".equals(field) ? "" : columns.header(field);
            String message = e instanceof InvalidValueException invalid ? invalid.detail() : e.getMessage();
            report.reject(cells, List.of(new RowError(line, column, field, e.code(), message)));
        }
    }

    private static LocalDate date(String text) {
        if (text.isEmpty()) {
            throw SharedError.REQUIRED.invalidAt("date", "the cell is empty");
        }
        try {
            return Text.date(text);
        } catch (Text.DateFormatException e) {
            throw e.error().invalidAt("date");
        }
    }
}
