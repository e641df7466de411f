package id.pulih.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import id.pulih.Pulih;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.csv.BeneficiaryImport;
import id.pulih.csv.ImportOptions;
import id.pulih.csv.ImportReport;
import id.pulih.jdbc.JdbcStore;
import id.pulih.shared.PersonName;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Importing a provincial spreadsheet of generated beneficiaries: parsing it into validated domain objects (no
 * database) against raw FastCSV reading every field of the same file, in the same run; then the whole import into
 * PostgreSQL through the bulk path against raw {@code COPY} of the same rows, and into an H2 file.
 */
final class CsvBenchmark {
    private static final long SEED = 20191031L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Actor OFFICER =
            Actor.of("bench", PersonName.of("Petugas Benchmark"), Role.CASE_WORKER, Jurisdiction.national());

    private static final String ASSESSMENT_COLUMNS =
            "beneficiary_id, seq, assessed_on, poverty, vulnerabilities, risks, needs, assessed_by";

    private final PrintStream out;

    CsvBenchmark(PrintStream out) {
        this.out = out;
    }

    void run(long rows, int runs, boolean parse, boolean database) throws Exception {
        Path dir = Files.createTempDirectory("pulih-bench-csv");
        Path file = dir.resolve("beneficiaries.csv");
        write(file, rows);
        out.printf(Locale.ROOT, "  file: %,d rows, %.1f MB%n", rows, Files.size(file) / 1e6);
        if (parse) {
            parse(file, rows, runs);
        }
        if (database) {
            database(file, rows, runs);
        }
    }

    private void parse(Path file, long rows, int runs) throws IOException {
        Median raw = new Median();
        Median parse = new Median();
        for (int r = 0; r <= runs; r++) {
            long start = System.nanoTime();
            long fields = readRaw(file);
            long rawNanos = System.nanoTime() - start;
            start = System.nanoTime();
            long[] parsed = {0};
            ImportReport report = BeneficiaryImport.parse(file, OFFICER, ImportOptions.defaults(), p -> parsed[0]++);
            long parseNanos = System.nanoTime() - start;
            if (parsed[0] != rows || report.rejected() != 0 || fields == 0) {
                throw new IllegalStateException("parsed " + parsed[0] + " of " + rows + ": " + report.summary());
            }
            if (r > 0) {
                raw.add(rawNanos);
                parse.add(parseNanos);
            }
        }
        report("raw FastCSV, every field (baseline)", raw, rows, null);
        report("BeneficiaryImport.parse to validated objects", parse, rows, raw);
    }

    private void database(Path file, long rows, int runs) throws Exception {
        out.println();
        out.println("CSV -> database (the whole import: duplicate checks, bulk insert, one transaction)");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            Median copy = new Median();
            Median narrower = new Median();
            Median imported = new Median();
            for (int r = 0; r <= runs; r++) {
                DataSource narrow = freshPostgres(pg);
                JdbcStore.open(narrow);
                long narrowStart = System.nanoTime();
                new BulkBenchmark(out).rawCopy(narrow, rows);
                long narrowNanos = System.nanoTime() - narrowStart;
                DataSource raws = freshPostgres(pg);
                JdbcStore.open(raws);
                long start = System.nanoTime();
                rawCopy(raws, rows);
                long copyNanos = System.nanoTime() - start;
                DataSource ours = freshPostgres(pg);
                Pulih pulih = Pulih.builder().store(JdbcStore.open(ours)).build();
                start = System.nanoTime();
                ImportReport report = BeneficiaryImport.of(pulih).importFile(OFFICER, file, ImportOptions.defaults());
                long importNanos = System.nanoTime() - start;
                if (report.imported() + report.duplicates() != rows) {
                    throw new IllegalStateException("imported " + report.summary());
                }
                long[] copied = written(raws);
                long[] stored = written(ours);
                for (int i = 0; i < copied.length; i++) {
                    if (copied[i] < stored[i] || copied[i] - stored[i] > report.duplicates()) {
                        throw new IllegalStateException("the baseline wrote " + Arrays.toString(copied)
                                + ", the import " + Arrays.toString(stored) + " and found " + report.duplicates()
                                + " duplicates");
                    }
                }
                if (r > 0) {
                    narrower.add(narrowNanos);
                    copy.add(copyNanos);
                    imported.add(importNanos);
                }
            }
            report("PostgreSQL: raw COPY of the same rows (baseline)", copy, rows, null);
            report("PostgreSQL: CSV import through the bulk path", imported, rows, copy);
            report("  for reference: raw COPY without assessments", narrower, rows, null);
            report("  the import against that", imported, rows, narrower);
        }
        Median h2 = new Median();
        for (int r = 0; r <= runs; r++) {
            Path db = Files.createTempDirectory("pulih-bench-h2csv");
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:file:" + db.resolve("pulih") + ";DB_CLOSE_DELAY=0");
            ds.setUser("pulih");
            Pulih pulih = Pulih.builder().store(JdbcStore.open(ds)).build();
            long start = System.nanoTime();
            BeneficiaryImport.of(pulih).importFile(OFFICER, file, ImportOptions.defaults());
            if (r > 0) {
                h2.add(System.nanoTime() - start);
            }
        }
        report("H2 file: CSV import through the bulk path", h2, rows, null);
    }

    private static long readRaw(Path file) throws IOException {
        long fields = 0;
        try (CsvReader<CsvRecord> reader =
                CsvReader.builder().fieldSeparator(';').ofCsvRecord(file)) {
            for (CsvRecord record : reader) {
                for (int i = 0; i < record.getFieldCount(); i++) {
                    fields += record.getField(i).length();
                }
            }
        }
        return fields;
    }

    /**
     * One row of the generated file: the person, and the cells the file has beyond the person (blank where the
     * office left them blank).
     */
    private record FileRow(
            Beneficiary person,
            String familyCard,
            String phone,
            String country,
            String bankCode,
            String account,
            String poverty) {

        /** The country as the import stores it: the ISO code for a name. */
        String countryCode() {
            return switch (country) {
                case "Malaysia" -> "MY";
                case "Arab Saudi" -> "SA";
                case "Taiwan" -> "TW";
                default -> country;
            };
        }
    }

    /**
     * The rows of the file a provincial office sends: some cells blank as in real lists (NIK for 30% of rows,
     * family card, phone, bank account, poverty category), countries as codes and as names. The same rows for the
     * same count, so that the file and the baseline agree.
     */
    private static void forEachRow(long rows, Consumer<FileRow> each) {
        String[] countries = {"MY", "Malaysia", "SA", "Arab Saudi", "HK", "Taiwan", "SG"};
        String[] poverty = {"Miskin", "Rentan", "Miskin Ekstrem", "Tidak Miskin", ""};
        SplittableRandom random = new SplittableRandom(SEED + 1);
        long[] serial = {0};
        new Population().forEach(rows, SEED, b -> {
            serial[0]++;
            boolean banked = random.nextBoolean();
            String familyCard = random.nextInt(10) < 8
                    ? b.origin().compact() + "0101" + String.format(Locale.ROOT, "%02d%04d", 15, 1 + serial[0] % 9_999)
                    : "";
            String phone = random.nextInt(10) < 6
                    ? "08" + (1 + random.nextInt(9)) + (10_000_000 + random.nextInt(90_000_000))
                    : "";
            each.accept(new FileRow(
                    b,
                    familyCard,
                    phone,
                    countries[random.nextInt(countries.length)],
                    banked ? "002" : "",
                    banked ? String.format(Locale.ROOT, "%015d", serial[0]) : "",
                    poverty[random.nextInt(poverty.length)]));
        });
    }

    /**
     * Writes the file: every column the importer knows, Indonesian headers, semicolons, {@code dd/MM/yyyy} dates,
     * CRLF.
     */
    static void write(Path file, long rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("NIK;No KK;Nama;Jenis Kelamin;Tanggal Lahir;Kode Wilayah;No HP;Status Dokumen;Negara;"
                    + "Tanggal Kembali;Pintu Masuk;Kode Bank;No Rekening;Kategori Kemiskinan\r\n");
            IOException[] failure = {null};
            forEachRow(rows, row -> {
                Beneficiary b = row.person();
                String[] cells = {
                    b.nik().map(n -> n.value()).orElse(""),
                    row.familyCard(),
                    b.name().value(),
                    b.sex().code(),
                    b.birth().date().format(DAY),
                    b.origin().toString(),
                    row.phone(),
                    b.documentStatus().name(),
                    row.country(),
                    b.returnInfo().date().format(DAY),
                    b.returnInfo().entryPoint(),
                    row.bankCode(),
                    row.account(),
                    row.poverty()
                };
                try {
                    w.write(String.join(";", cells));
                    w.write("\r\n");
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
        }
    }

    /**
     * The baseline of the import into PostgreSQL: hand-written {@code COPY} of exactly the rows the import writes for
     * this file (the beneficiary with the file's family card, phone and country; its registration; an assessment
     * where the file gives a poverty category), generated, not parsed, in chunks of 1,000 in one transaction, with no
     * checks and no look-ups.
     */
    private static void rawCopy(DataSource ds, long rows) throws SQLException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (RawCopy copy = new RawCopy(
                ds,
                "beneficiary (" + BulkBenchmark.BENEFICIARY_COLUMNS + ")",
                "beneficiary_assessment (" + ASSESSMENT_COLUMNS + ")",
                "beneficiary_status_change (" + BulkBenchmark.HISTORY_COLUMNS + ")")) {
            forEachRow(rows, row -> {
                Beneficiary b = row.person();
                Object[] values = BulkBenchmark.values(b);
                values[8] = row.familyCard().isEmpty() ? null : row.familyCard();
                values[13] = row.phone().isEmpty() ? null : "+62" + row.phone().substring(1);
                values[14] = row.countryCode();
                copy.add(0, values);
                if (!row.poverty().isEmpty()) {
                    copy.add(1, new Object[] {
                        b.id().value(),
                        0,
                        today,
                        row.poverty().toUpperCase(Locale.ROOT).replace(' ', '_'),
                        "",
                        "",
                        "",
                        OFFICER.id()
                    });
                }
                copy.add(2, BulkBenchmark.historyValues(b));
                copy.endRow();
            });
            copy.commit();
        }
    }

    private void report(String name, Median median, long rows, Median baseline) {
        double seconds = median.seconds();
        String ratio = baseline == null
                ? ""
                : String.format(Locale.ROOT, "  %5.0f%% of baseline throughput", 100 * baseline.seconds() / seconds);
        out.printf(Locale.ROOT, "  %-48s %8.2f s  %,10.0f rows/s%s%n", name, seconds, rows / seconds, ratio);
        out.printf(Locale.ROOT, "  %-48s runs: %s%n", "", median.runs());
    }

    /**
     * What a contender wrote, in counts (beneficiaries; with NIK, family card, phone; assessments; registrations): the
     * baseline writes what the import writes, and the rows the import finds to be duplicates besides.
     */
    private static long[] written(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                var r = s.executeQuery("SELECT count(*), count(nik), count(family_card), count(phone),"
                        + " (SELECT count(*) FROM beneficiary_assessment),"
                        + " (SELECT count(*) FROM beneficiary_status_change) FROM beneficiary")) {
            r.next();
            long[] counts = new long[6];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = r.getLong(i + 1);
            }
            return counts;
        }
    }

    private static DataSource freshPostgres(EmbeddedPostgres pg) throws Exception {
        String name = "bench_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return pg.getDatabase("postgres", name);
    }
}
