package id.pulih.benchmarks;

import id.pulih.Pulih;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.csv.BeneficiaryImport;
import id.pulih.csv.ImportOptions;
import id.pulih.csv.ImportReport;
import id.pulih.jdbc.JdbcStore;
import id.pulih.jdbc.crypto.KeysetFile;
import id.pulih.shared.PersonName;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What encryption at rest costs on PostgreSQL, in one run: the bulk path ({@code Beneficiaries.insertAll}) and the
 * whole CSV import of the same generated people, each into a fresh database with the store plain and with keys
 * (a data key per person, every identifier, name, birth date and free text sealed, blind indexes). The runs
 * alternate plain and encrypted so that both see the same machine; the first run of each is a warm-up.
 */
final class EncryptionBenchmark {
    private static final int CHUNK = 1_000;
    private static final long SEED = 20191031L;
    private static final Actor OFFICER =
            Actor.of("bench", PersonName.of("Petugas Benchmark"), Role.CASE_WORKER, Jurisdiction.national());

    private final PrintStream out;
    private final Population population = new Population();

    EncryptionBenchmark(PrintStream out) {
        this.out = out;
    }

    void run(long rows, int runs) throws Exception {
        Path dir = Files.createTempDirectory("pulih-bench-crypto");
        KeysetFile keys = KeysetFile.create(dir.resolve("pulih.keyset"));
        Path file = dir.resolve("beneficiaries.csv");
        CsvBenchmark.write(file, rows);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            Median bulkPlain = new Median();
            Median bulkSealed = new Median();
            Median csvPlain = new Median();
            Median csvSealed = new Median();
            for (int r = 0; r <= runs; r++) {
                long n = r == 0 ? Math.min(rows, 20_000) : rows;
                long plain = bulk(JdbcStore.open(fresh(pg)), n);
                long sealed = bulk(JdbcStore.builder(fresh(pg)).keys(keys).open(), n);
                long csvP = r == 0 ? 0 : csv(JdbcStore.open(fresh(pg)), file, rows);
                long csvS =
                        r == 0 ? 0 : csv(JdbcStore.builder(fresh(pg)).keys(keys).open(), file, rows);
                if (r > 0) {
                    bulkPlain.add(plain);
                    bulkSealed.add(sealed);
                    csvPlain.add(csvP);
                    csvSealed.add(csvS);
                }
            }
            out.printf(Locale.ROOT, "PostgreSQL, %,d people, %d measured run(s) after a warm-up%n", rows, runs);
            report("bulk path, plain store (baseline)", bulkPlain, rows, null);
            report("bulk path, encrypted", bulkSealed, rows, bulkPlain);
            report("CSV import, plain store (baseline)", csvPlain, rows, null);
            report("CSV import, encrypted", csvSealed, rows, csvPlain);
        }
    }

    private long bulk(JdbcStore store, long rows) {
        System.gc();
        long start = System.nanoTime();
        store.inTransaction(() -> {
            List<Beneficiary> chunk = new ArrayList<>(CHUNK);
            population.forEach(rows, SEED, b -> {
                chunk.add(b);
                if (chunk.size() == CHUNK) {
                    store.beneficiaries().insertAll(chunk);
                    chunk.clear();
                }
            });
            return store.beneficiaries().insertAll(chunk);
        });
        long elapsed = System.nanoTime() - start;
        if (store.beneficiaries().count() != rows) {
            throw new IllegalStateException("stored " + store.beneficiaries().count() + " of " + rows);
        }
        return elapsed;
    }

    private static long csv(JdbcStore store, Path file, long rows) {
        Pulih pulih = Pulih.builder().store(store).build();
        System.gc();
        long start = System.nanoTime();
        ImportReport report = BeneficiaryImport.of(pulih).importFile(OFFICER, file, ImportOptions.defaults());
        long elapsed = System.nanoTime() - start;
        if (report.imported() + report.duplicates() != rows) {
            throw new IllegalStateException("imported " + report.summary());
        }
        return elapsed;
    }

    private void report(String name, Median median, long rows, Median baseline) {
        double seconds = median.seconds();
        String ratio = baseline == null
                ? ""
                : String.format(Locale.ROOT, "  %5.0f%% of baseline throughput", 100 * baseline.seconds() / seconds);
        out.printf(
                Locale.ROOT,
                "  %-40s %8.2f s  %,10.0f rows/s%s  (runs: %s s)%n",
                name,
                seconds,
                rows / seconds,
                ratio,
                median.runs());
    }

    private static DataSource fresh(EmbeddedPostgres pg) throws SQLException {
        String name = "bench_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return pg.getDatabase("postgres", name);
    }
}
