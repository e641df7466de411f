package id.pulih.csv;

import de.siegmar.fastcsv.reader.CsvRecord;
import id.pulih.BulkRegistration;
import id.pulih.Pulih;
import id.pulih.access.AccessDeniedException;
import id.pulih.access.Actor;
import id.pulih.beneficiary.Beneficiary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a provincial list of returned victims (a CSV saved from Excel), registering them through the engine.
 *
 * <p><b>The file.</b> The header row is found among the first ten rows (a title row above it is skipped); headers are
 * matched ignoring case, accents, spaces and punctuation, in Indonesian or English: {@code NIK}, {@code No KK} /
 * {@code family_card_number}, {@code Nama} / {@code name}, {@code Jenis Kelamin} / {@code sex} ({@code L/P},
 * {@code M/F}), {@code Tanggal Lahir} / {@code birth_date}, {@code Perkiraan Tahun Lahir} /
 * {@code estimated_birth_year}, {@code Kode Wilayah} / {@code region_code}, {@code No HP} / {@code phone},
 * {@code Status Dokumen} / {@code document_status}, {@code Negara} / {@code return_country} (an ISO code or a name,
 * {@code Malaysia}, {@code Arab Saudi}), {@code Tanggal Kembali} / {@code return_date}, {@code Pintu Masuk} /
 * {@code entry_point}, {@code Cara Kembali} / {@code return_mode}, {@code Kode Bank} / {@code bank_code},
 * {@code No Rekening} / {@code account_number}, {@code Kategori Kemiskinan} / {@code poverty_category}. Other
 * columns are ignored. The separator ({@code ;}, {@code ,} or tab) is detected from the header; UTF-8 with or
 * without a byte order mark, or another charset on request; dates {@code dd/MM/yyyy}, {@code dd-MM-yyyy} or ISO;
 * quoted fields with separators and line breaks; CRLF or LF. A blank return mode is recorded as
 * {@code DEPORTED} (the provincial lists are deportation lists), a blank document status as {@code NONE}, so that
 * the case is checked for documents.
 *
 * <p><b>Errors.</b> Every cell of every row is checked with the value objects' factories; a row with any error is
 * rejected and reported with its line, column, code (the value objects' codes, such as {@code nik.province}) and
 * message; every valid row is imported. A file that cannot be read as a whole gives one
 * {@link CsvImportException}.
 *
 * <p>As at intake, a row with a NIK whose person shares the duplicate key with a stored person without NIK is
 * imported and flagged as a potential duplicate for a supervisor ({@link ImportReport#flagged()}).
 *
 * <p><b>Idempotent.</b> The engine decides each row ({@link BulkRegistration#register}): a valid row whose NIK is
 * stored, or (without NIK) whose duplicate key matches a stored beneficiary the officer covers, or that repeats an
 * earlier row of the file, is counted as a duplicate and not imported: importing the same file twice imports nothing
 * the second time. The importer never receives stored records: on a large store the engine first reads a summary
 * of the stored NIKs and duplicate keys ({@link id.pulih.beneficiary.Beneficiaries#readIdentities}, Bloom filters on
 * the JDBC stores) and looks up only the rows that may match one, in one query per chunk. A NIK committed by another
 * session while the import runs makes the insert fail (a {@code beneficiary.nik-registered} conflict, nothing
 * written), and importing again then counts it as a duplicate.
 *
 * <p><b>Registered elsewhere.</b> A valid row whose NIK is registered in a case the importing officer does not cover
 * ({@link BulkRegistration.Outcome#ELSEWHERE}) is neither imported nor a duplicate: it is counted in
 * {@link ImportReport#registeredElsewhere()} and listed in the error file with the code {@code case.elsewhere} and a
 * reference (the id of the refusal's entry in the access log) for the national office to resolve; no case id is given.
 * Importing the file again counts it so again.
 *
 * <p><b>One command per file.</b> The importer only reads and maps rows: it registers them through the engine with
 * {@link id.pulih.Cases#registerAll}, in chunks ({@link ImportOptions#chunkSize()}), all in that command's one
 * transaction, with its role check, the duplicate rule of a single registration and a {@code BeneficiaryRegistered}
 * event per row after commit. A bad row never costs a good row, and a failure of the store or of the file half-way
 * (an encoding error at line 900,000) leaves nothing written. Memory stays flat: only the current chunk and the kept
 * errors are held. Exactly one audit entry records the import, with counts and no identifiers.
 *
 * <pre>{@code
 * BeneficiaryImport imports = BeneficiaryImport.of(pulih);
 * ImportReport report = imports.importFile(officer, Path.of("ntb-2020.csv"), ImportOptions.defaults());
 * report.summary();        // "read 120, imported 112, rejected 5, duplicates 3"
 * report.writeErrors(Path.of("ntb-2020-errors.csv"));
 * }</pre>
 */
public final class BeneficiaryImport {
    private static final Logger LOG = LoggerFactory.getLogger(BeneficiaryImport.class);
    private static final int HEADER_SEARCH = 10;

    private final Pulih pulih;

    private BeneficiaryImport(Pulih pulih) {
        this.pulih = pulih;
    }

    /**
     * An importer into a Pulih's store.
     *
     * @param pulih the Pulih; not null
     * @return the importer
     */
    public static BeneficiaryImport of(Pulih pulih) {
        return new BeneficiaryImport(Objects.requireNonNull(pulih, "pulih"));
    }

    /**
     * Imports a file.
     *
     * @param actor who imports: registers the cases in its jurisdiction; must be allowed to change records
     * @param file the CSV file
     * @param options charset, chunk size, progress
     * @return the report
     * @throws CsvImportException when the file as a whole cannot be imported; nothing is written then
     * @throws AccessDeniedException {@code access.role} for an actor who may not change records
     */
    public ImportReport importFile(Actor actor, Path file, ImportOptions options) {
        Objects.requireNonNull(file, "file");
        return importFrom(actor, open(file), options);
    }

    /**
     * Imports a stream, which is read to its end and closed.
     *
     * @param actor who imports
     * @param in the CSV bytes
     * @param options charset, chunk size, progress
     * @return the report
     * @throws CsvImportException when the file as a whole cannot be imported; nothing is written then
     * @throws AccessDeniedException {@code access.role} for an actor who may not change records
     */
    public ImportReport importFrom(Actor actor, InputStream in, ImportOptions options) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        ImportReport report;
        try {
            report = pulih.as(actor).cases().registerAll(batch -> {
                StoreSink sink = new StoreSink(batch, options.chunkSize(), options.maxErrorsKept());
                ImportReport read = read(in, actor, batch.at(), batch.today(), options, sink);
                sink.flush();
                ImportReport r = read.withDuplicates(sink.duplicates())
                        .withRegisteredElsewhere(sink.elsewhere(), sink.listedElsewhere(), options.maxErrorsKept());
                batch.summary("CSV import: " + r.summary() + ", flagged as potential duplicates " + sink.flagged());
                return r.withFlagged(sink.flagged());
            });
        } catch (AccessDeniedException refused) {
            close(in);
            throw refused;
        }
        LOG.info("beneficiary import by {}: {}", actor.id(), report.summary());
        return report;
    }

    /**
     * Reads and validates a file without storing anything: each valid row goes to {@code sink} as it is read, in
     * file order. Duplicates are not looked for (that needs the store). For benchmarks and previews.
     *
     * <pre>{@code
     * ImportReport report = BeneficiaryImport.parse(file, officer, ImportOptions.defaults(), row -> count++);
     * }</pre>
     *
     * @param file the CSV file
     * @param actor the officer the beneficiaries are registered by
     * @param options charset and progress (chunk size unused)
     * @param sink receives each valid row
     * @return the report; {@link ImportReport#imported()} counts the rows handed to the sink
     * @throws CsvImportException when the file as a whole cannot be read
     */
    public static ImportReport parse(Path file, Actor actor, ImportOptions options, Consumer<ParsedBeneficiary> sink) {
        Objects.requireNonNull(file, "file");
        return parse(open(file), actor, Instant.now().truncatedTo(ChronoUnit.MICROS), options, sink);
    }

    /**
     * Reads and validates a stream without storing anything, as {@link #parse(Path, Actor, ImportOptions, Consumer)}
     * with a fixed registration instant. The stream is closed.
     *
     * @param in the CSV bytes
     * @param actor the officer the beneficiaries are registered by
     * @param at the registration instant (its date in Asia/Jakarta is "today" for dates in the future, as {@link id.pulih.shared.NotAfterToday} takes it)
     * @param options charset and progress
     * @param sink receives each valid row
     * @return the report
     * @throws CsvImportException when the file as a whole cannot be read
     */
    public static ImportReport parse(
            InputStream in, Actor actor, Instant at, ImportOptions options, Consumer<ParsedBeneficiary> sink) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(sink, "sink");
        return read(
                in,
                actor,
                at,
                LocalDate.ofInstant(at, id.pulih.shared.NotAfterToday.ZONE),
                options,
                (row, cells) -> sink.accept(row));
    }

    /** Where valid rows go, with their cells as sent. */
    @FunctionalInterface
    interface RowSink {
        void accept(ParsedBeneficiary row, List<String> cells);
    }

    static ImportReport read(
            InputStream in, Actor actor, Instant at, LocalDate today, ImportOptions options, RowSink sink) {
        ImportReport.Builder report = new ImportReport.Builder(options.maxErrorsKept());
        try (CsvSource source = CsvSource.open(in, options.charset())) {
            BeneficiaryRows rows = null;
            for (int searched = 0; rows == null; searched++) {
                CsvRecord record = source.next(options.charset());
                if (record == null || searched >= HEADER_SEARCH) {
                    throw CsvError.HEADER.refuse(BeneficiaryRows.expectedHeader());
                }
                List<String> cells = CsvSource.cells(record);
                if (BeneficiaryRows.recognised(cells) >= 3) {
                    rows = BeneficiaryRows.header(cells, actor, at, today);
                    report.header(cells, source.separator());
                }
            }
            try (ReadAhead ahead = new ReadAhead(source, options.charset(), rows)) {
                ReadAhead.Item item;
                while ((item = ahead.next()) != null) {
                    report.read();
                    BeneficiaryRows.Mapped mapped = item.mapped();
                    if (mapped.row() == null) {
                        report.reject(item.cells(), mapped.errors());
                    } else {
                        sink.accept(mapped.row(), item.cells());
                        report.imported();
                    }
                    if (report.readSoFar() % options.progressEvery() == 0) {
                        options.progress().progress(report.readSoFar(), ahead.bytesRead());
                    }
                }
            }
            options.progress().progress(report.readSoFar(), source.bytesRead());
        }
        return report.build();
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw CsvError.IO.refuse(e, "file", "opened");
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // refused before reading; nothing to report about the stream
        }
    }

    /**
     * Hands valid rows to the engine in chunks ({@link BulkRegistration#register}) and counts what it decided: rows
     * repeating a case the officer covers (or an earlier row), rows registered elsewhere (listed with their cells and
     * the reference of each refusal, for the error file) and flags. The matching happens in the engine, which alone
     * sees the stored cases.
     */
    static final class StoreSink implements RowSink {
        private final BulkRegistration batch;
        private final int chunkSize;
        private final List<Beneficiary> pending;

        /** The cells and line of each pending row, for the error file if it proves registered elsewhere. */
        private final List<List<String>> pendingCells;

        private final List<Long> pendingLines;
        private final int maxKept;
        private final List<ImportReport.Elsewhere> listedElsewhere = new ArrayList<>();

        /** A sink registering through the engine, in the command of {@code batch}. */
        StoreSink(BulkRegistration batch, int chunkSize) {
            this(batch, chunkSize, ImportOptions.defaults().maxErrorsKept());
        }

        /** A sink that lists at most {@code maxKept} rows registered elsewhere. */
        StoreSink(BulkRegistration batch, int chunkSize, int maxKept) {
            this.batch = batch;
            this.chunkSize = chunkSize;
            this.maxKept = maxKept;
            this.pending = new ArrayList<>(chunkSize);
            this.pendingCells = new ArrayList<>(chunkSize);
            this.pendingLines = new ArrayList<>(chunkSize);
        }

        /** Accepts a row whose cells are not kept (a row registered elsewhere is then listed without them). */
        void accept(ParsedBeneficiary row) {
            accept(row, List.of());
        }

        /** Takes every valid row: whether it repeats another is the engine's decision, counted when its chunk goes. */
        @Override
        public void accept(ParsedBeneficiary row, List<String> cells) {
            pending.add(row.beneficiary());
            pendingCells.add(cells);
            pendingLines.add(row.line());
            if (pending.size() >= chunkSize) {
                flush();
            }
        }

        /** Rows that repeat a case the officer covers or an earlier row: counted as imported by the reader. */
        long duplicates() {
            return batch.duplicates();
        }

        long flagged() {
            return batch.flagged();
        }

        /** Rows whose NIK is registered in a case the officer does not cover: counted as imported by the reader. */
        long elsewhere() {
            return batch.registeredElsewhere();
        }

        /** The first of them, in file order, each with the reference of its refusal. */
        List<ImportReport.Elsewhere> listedElsewhere() {
            return listedElsewhere;
        }

        /** Hands the pending rows to the engine and lists those it found registered elsewhere. */
        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            List<BulkRegistration.Decision> decided = batch.register(pending);
            for (int i = 0; i < decided.size() && listedElsewhere.size() < maxKept; i++) {
                Optional<String> reference = decided.get(i).reference();
                if (reference.isPresent()) {
                    listedElsewhere.add(
                            new ImportReport.Elsewhere(pendingLines.get(i), pendingCells.get(i), reference.get()));
                }
            }
            pending.clear();
            pendingCells.clear();
            pendingLines.clear();
        }
    }
}
