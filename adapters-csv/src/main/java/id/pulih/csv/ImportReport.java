package id.pulih.csv;

import id.pulih.access.AccessError;
import id.pulih.shared.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What an import did: rows read, imported, rejected, skipped as duplicates and registered elsewhere, and the errors of
 * the rejected rows by line and column.
 *
 * <p>A row whose NIK is registered in a case the importing officer does not cover is <em>registered elsewhere</em>:
 * neither a duplicate (the officer cannot see that case) nor a bad row (nothing in it is wrong). It is counted in
 * {@link #registeredElsewhere()} and listed in the error file with the code {@code case.elsewhere} and a reference
 * that the national office can resolve to put the two offices in touch; no case id is given.
 *
 * <p>The report's accessors, {@link #toString()} and {@link #errors()} never show a cell's value, so they are safe
 * to log. {@link #writeErrors(Path)} writes the error file for the office that sent the file: its rejected rows
 * <em>as they were sent</em>, identifiers included (the office needs them to fix its own rows), each with the
 * columns {@code error_column}, {@code error_code} and {@code error_message}. Treat that file as the original:
 * personal data of victims, to be returned to its sender only.
 *
 * <p>A report keeps at most {@link ImportOptions#maxErrorsKept()} rejected rows, so that a million bad rows do not
 * fill memory; {@link #errorsTruncated()} says when more were rejected than kept.
 *
 * <pre>{@code
 * ImportReport report = imports.importFile(officer, file, ImportOptions.defaults());
 * log.info(report.summary());   // "read 120, imported 112, rejected 5, duplicates 3"
 * if (report.rejected() > 0) {
 *     report.writeErrors(Path.of("ntb-2020-errors.csv"));
 * }
 * }</pre>
 */
public final class ImportReport {
    private final long read;
    private final long imported;
    private final long rejected;
    private final long duplicates;
    private final long elsewhere;
    private final List<RowError> errors;
    private final List<String> header;
    private final char separator;
    private final List<Rejected> rows;
    private final long flagged;

    private ImportReport(Builder b, long flagged) {
        this.flagged = flagged;
        this.read = b.read;
        this.imported = b.imported;
        this.rejected = b.rejected;
        this.duplicates = 0;
        this.elsewhere = 0;
        this.errors = List.copyOf(b.errors);
        this.header = List.copyOf(b.header);
        this.separator = b.separator;
        this.rows = List.copyOf(b.rows);
    }

    /**
     * The data rows read (the header and blank lines not counted).
     *
     * @return the count
     */
    public long read() {
        return read;
    }

    /**
     * The rows imported (for {@link BeneficiaryImport#parse}: the rows handed to the consumer).
     *
     * @return the count
     */
    public long imported() {
        return imported;
    }

    /**
     * The rows refused with at least one error.
     *
     * @return the count
     */
    public long rejected() {
        return rejected;
    }

    /**
     * The valid rows skipped because the person is already stored or appears earlier in the file.
     *
     * @return the count
     */
    public long duplicates() {
        return duplicates;
    }

    /**
     * The valid rows not imported because the person is registered in a case the officer does not cover; each is in
     * {@link #errors()} and the error file with the code {@code case.elsewhere} and a reference, never a case id.
     *
     * @return the count
     */
    public long registeredElsewhere() {
        return elsewhere;
    }

    /**
     * The errors of the rejected rows and of the rows registered elsewhere kept, in file order, identifiers never
     * shown.
     *
     * @return the errors, unmodifiable
     */
    public List<RowError> errors() {
        return errors;
    }

    /**
     * The imported rows flagged as potential duplicates of a stored person (same name, birth date and regency, one
     * of the two without NIK), for a supervisor to merge or dismiss.
     *
     * @return the count
     */
    public long flagged() {
        return flagged;
    }

    /**
     * This report with {@code count} rows moved from imported to duplicates: rows the reader passed on that the engine
     * found, when their chunk was registered, to repeat a case the officer covers or an earlier row.
     */
    ImportReport withDuplicates(long count) {
        return new ImportReport(this, flagged, imported - count, duplicates + count, elsewhere, rows, errors);
    }

    /** This report with the count of potential duplicates flagged. */
    ImportReport withFlagged(long count) {
        return new ImportReport(this, count, imported, duplicates, elsewhere, rows, errors);
    }

    /**
     * This report with {@code count} rows moved from imported to registered elsewhere, and those of them kept
     * ({@code listed}, in file order, at most as many as the report keeps rejected rows) added to the error file,
     * each with the code {@code case.elsewhere} under the NIK column.
     */
    ImportReport withRegisteredElsewhere(long count, List<Elsewhere> listed, int maxKept) {
        String column = header.stream()
                .filter(h -> BeneficiaryColumn.byHeader(h).orElse(null) == BeneficiaryColumn.NIK)
                .findFirst()
                .orElse(BeneficiaryColumn.NIK.header);
        List<Rejected> merged = new ArrayList<>(rows);
        for (Elsewhere e : listed) {
            String message = AccessError.ELSEWHERE.render(Map.of("reference", e.reference()));
            RowError error =
                    new RowError(e.line(), column, BeneficiaryColumn.NIK.header, AccessError.ELSEWHERE.code(), message);
            merged.add(new Rejected(e.line(), List.copyOf(e.cells()), List.of(error)));
        }
        merged.sort(Comparator.comparingLong(Rejected::line));
        if (merged.size() > maxKept) {
            merged = merged.subList(0, maxKept);
        }
        List<RowError> all = new ArrayList<>();
        merged.forEach(r -> all.addAll(r.errors()));
        return new ImportReport(
                this, flagged, imported - count, duplicates, elsewhere + count, List.copyOf(merged), List.copyOf(all));
    }

    private ImportReport(
            ImportReport other,
            long flagged,
            long imported,
            long duplicates,
            long elsewhere,
            List<Rejected> rows,
            List<RowError> errors) {
        this.read = other.read;
        this.imported = imported;
        this.rejected = other.rejected;
        this.duplicates = duplicates;
        this.elsewhere = elsewhere;
        this.errors = errors;
        this.header = other.header;
        this.separator = other.separator;
        this.rows = rows;
        this.flagged = flagged;
    }

    /**
     * Whether more rows were rejected or registered elsewhere than the report kept.
     *
     * @return true when {@link #errors()} is incomplete
     */
    public boolean errorsTruncated() {
        return rows.size() < rejected + elsewhere;
    }

    /**
     * One line for logs and screens.
     *
     * @return for example {@code read 120, imported 112, rejected 5, duplicates 3}, followed by
     *     {@code , registered elsewhere 2} when any row was
     */
    public String summary() {
        return "read " + read + ", imported " + imported + ", rejected " + rejected + ", duplicates " + duplicates
                + (elsewhere == 0 ? "" : ", registered elsewhere " + elsewhere);
    }

    /**
     * Writes the error file (UTF-8 with a byte order mark so that Excel shows it right, the file's own separator,
     * CRLF): the header of the imported file plus {@code error_column}, {@code error_code}, {@code error_message},
     * then each rejected row as sent, its errors joined with {@code " | "}. Contains the rows' identifiers: see the
     * class comment.
     *
     * @param file the file to write, replaced if it exists; created readable by its owner only ({@link PrivateFiles})
     * @throws CsvImportException {@code csv.error-file} when the file cannot be written; the import this report
     *     describes is not undone (check the place first with {@link #checkErrorFile(Path)})
     */
    public void writeErrors(Path file) {
        try (Writer out = PrivateFiles.newWriter(file)) {
            out.write('\uFEFF');
            writeErrors(out);
        } catch (IOException | UncheckedIOException e) {
            throw errorFile(file, e);
        }
    }

    /**
     * Checks, before an import writes anything, that its error file could be written: an existing file is left as it
     * is, a missing one is created and removed again. An import whose error file cannot be written is then refused
     * with nothing imported, rather than imported with its refused rows lost.
     *
     * <pre>{@code
     * ImportReport.checkErrorFile(errors);           // fails fast: nothing imported yet
     * ImportReport report = imports.importFile(officer, file, ImportOptions.defaults());
     * report.writeErrors(errors);
     * }</pre>
     *
     * @param file the error file to be written
     * @throws CsvImportException {@code csv.error-file} when it could not be written
     */
    public static void checkErrorFile(Path file) {
        try {
            PrivateFiles.checkWritable(file);
        } catch (IOException | RuntimeException e) {
            throw errorFile(file, e);
        }
    }

    private static CsvImportException errorFile(Path file, Exception e) {
        String reason;
        if (e instanceof java.nio.file.AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof java.nio.file.NoSuchFileException) {
            reason = "no such folder";
        } else if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            reason = fs.getReason();
        } else {
            reason = String.valueOf(e.getMessage());
        }
        return CsvError.ERROR_FILE.refuse(e, file, reason);
    }

    /**
     * Writes the error file to a writer (no byte order mark), which stays open.
     *
     * @param out the writer
     * @throws UncheckedIOException when writing fails
     */
    public void writeErrors(Writer out) {
        CsvOut csv = new CsvOut(out, separator);
        List<String> head = new ArrayList<>(header);
        head.add("error_column");
        head.add("error_code");
        head.add("error_message");
        csv.row(head);
        for (Rejected row : rows) {
            List<String> cells = new ArrayList<>(header.size() + 3);
            for (int i = 0; i < Math.max(header.size(), row.cells.size()); i++) {
                cells.add(i < row.cells.size() ? row.cells.get(i) : "");
            }
            StringJoiner columns = new StringJoiner(" | ");
            StringJoiner codes = new StringJoiner(" | ");
            StringJoiner messages = new StringJoiner(" | ");
            for (RowError e : row.errors) {
                columns.add(e.column());
                codes.add(e.code());
                messages.add(e.message());
            }
            cells.add(columns.toString());
            cells.add(codes.toString());
            cells.add(messages.toString());
            csv.row(cells);
        }
        csv.flush();
    }

    /** The summary; no cell values. */
    @Override
    public String toString() {
        return "ImportReport[" + summary() + "]";
    }

    /**
     * A valid row whose NIK is registered in a case the officer does not cover, as sent, with the reference of the
     * refusal.
     */
    record Elsewhere(long line, List<String> cells, String reference) {
        @Override
        public String toString() {
            return "Elsewhere[line " + line + "]";
        }
    }

    /** A rejected row as sent, kept for the error file only. */
    private record Rejected(long line, List<String> cells, List<RowError> errors) {
        @Override
        public String toString() {
            return "Rejected[" + errors.size() + " error(s)]";
        }
    }

    /** Collects a report while a file is read. */
    static final class Builder {
        private final int maxKept;
        private long read;
        private long imported;
        private long rejected;
        private final List<RowError> errors = new ArrayList<>();
        private final List<Rejected> rows = new ArrayList<>();
        private List<String> header = List.of();
        private char separator = ',';

        Builder(int maxKept) {
            this.maxKept = maxKept;
        }

        void header(List<String> cells, char sep) {
            this.header = cells;
            this.separator = sep;
        }

        void read() {
            read++;
        }

        long readSoFar() {
            return read;
        }

        void imported() {
            imported++;
        }

        void reject(List<String> cells, List<RowError> rowErrors) {
            rejected++;
            if (rows.size() < maxKept) {
                long line = rowErrors.isEmpty() ? 0 : rowErrors.get(0).line();
                rows.add(new Rejected(line, List.copyOf(cells), List.copyOf(rowErrors)));
                errors.addAll(rowErrors);
            }
        }

        int maxKept() {
            return maxKept;
        }

        ImportReport build() {
            return new ImportReport(this, 0);
        }
    }
}
