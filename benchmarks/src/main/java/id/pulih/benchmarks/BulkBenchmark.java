package id.pulih.benchmarks;

import id.pulih.beneficiary.Beneficiary;
import id.pulih.jdbc.JdbcStore;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.Nik;
import id.pulih.shared.PhoneNumber;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Persisting generated beneficiaries through {@link JdbcStore}'s bulk path ({@code Beneficiaries.insertAll}) versus
 * hand-written JDBC writing the same rows into the same tables, in the same run: on H2 (a file database, the
 * embedded default) against a hand-written batched INSERT, and on PostgreSQL against raw {@code COPY} and a batched
 * INSERT with {@code reWriteBatchedInserts}. Every contender gets a fresh database, writes in chunks of 1,000 rows in
 * one transaction, and is timed from the first row generated to the commit; generation alone is timed as well.
 */
final class BulkBenchmark {
    private static final int CHUNK = 1_000;
    private static final long SEED = 20191031L;
    static final String BENEFICIARY_COLUMNS = "id, version, name, name_key, sex, birth_date, birth_estimated,"
            + " nik, family_card, document_status, origin, origin_province, origin_regency, phone, return_country,"
            + " return_date, entry_point, return_mode, exploitation, control, sector, recruiter, status, outcome,"
            + " registered_by_kind, registered_by_ref, merged_into, registered_at";
    static final String HISTORY_COLUMNS = "beneficiary_id, seq, from_status, to_status, changed_at, actor_id, reason";

    private final PrintStream out;
    private final Population population = new Population();

    BulkBenchmark(PrintStream out) {
        this.out = out;
    }

    /** One way of writing the rows into a fresh database. */
    private interface Contender {
        void write(DataSource ds, long rows) throws Exception;
    }

    void run(long rows, int runs) throws Exception {
        Median generate = new Median();
        for (int r = 0; r <= runs; r++) {
            long start = System.nanoTime();
            long[] sink = {0};
            population.forEach(rows, SEED, b -> sink[0] += b.name().value().length());
            if (r > 0) {
                generate.add(System.nanoTime() - start);
            }
        }
        report("generate only (no database)", generate, rows, null);

        out.println();
        out.println("H2 (file database, the embedded default)");
        Median h2Batch = measure(this::h2, rows, runs, this::handWrittenBatch);
        Median h2Store = measure(this::h2, rows, runs, this::store);
        report("hand-written JDBC batch (baseline)", h2Batch, rows, null);
        report("JdbcStore bulk path", h2Store, rows, h2Batch);

        out.println();
        out.println("PostgreSQL");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            Median copy = measure(() -> freshPostgres(pg), rows, runs, this::rawCopy);
            Median batch = measure(() -> rewrite(freshPostgres(pg)), rows, runs, this::handWrittenBatch);
            Median store = measure(() -> freshPostgres(pg), rows, runs, this::store);
            report("raw COPY (baseline)", copy, rows, null);
            report("hand-written JDBC batch, reWriteBatchedInserts", batch, rows, copy);
            report("JdbcStore bulk path (COPY)", store, rows, copy);
        }
    }

    /** A data source for a fresh database. */
    private interface Fresh {
        DataSource get() throws Exception;
    }

    private Median measure(Fresh fresh, long rows, int runs, Contender contender) throws Exception {
        Median median = new Median();
        for (int r = 0; r <= runs; r++) {
            DataSource ds = fresh.get();
            JdbcStore.open(ds);
            System.gc();
            long start = System.nanoTime();
            contender.write(ds, r == 0 ? Math.min(rows, 100_000) : rows);
            long elapsed = System.nanoTime() - start;
            if (r > 0) {
                median.add(elapsed);
            }
        }
        return median;
    }

    private void report(String name, Median median, long rows, Median baseline) {
        double seconds = median.seconds();
        String ratio = baseline == null
                ? ""
                : String.format(Locale.ROOT, "  %5.0f%% of baseline throughput", 100 * baseline.seconds() / seconds);
        out.printf(Locale.ROOT, "  %-48s %8.2f s  %,10.0f rows/s%s%n", name, seconds, rows / seconds, ratio);
    }

    private void store(DataSource ds, long rows) {
        JdbcStore store = JdbcStore.open(ds);
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
    }

    private void handWrittenBatch(DataSource ds, long rows) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement main = c.prepareStatement(
                        "INSERT INTO beneficiary (" + BENEFICIARY_COLUMNS + ") VALUES (" + marks(28) + ")");
                PreparedStatement history = c.prepareStatement(
                        "INSERT INTO beneficiary_status_change (" + HISTORY_COLUMNS + ") VALUES (" + marks(7) + ")")) {
            c.setAutoCommit(false);
            long[] pending = {0};
            population.forEach(rows, SEED, b -> {
                try {
                    Object[] values = values(b);
                    for (int i = 0; i < values.length; i++) {
                        main.setObject(i + 1, values[i]);
                    }
                    main.addBatch();
                    Object[] h = historyValues(b);
                    for (int i = 0; i < h.length; i++) {
                        history.setObject(i + 1, h[i]);
                    }
                    history.addBatch();
                    if (++pending[0] == CHUNK) {
                        main.executeBatch();
                        history.executeBatch();
                        pending[0] = 0;
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            main.executeBatch();
            history.executeBatch();
            c.commit();
        }
    }

    /** Raw COPY of the generated beneficiaries and their registrations (also a reference for the CSV benchmark). */
    void rawCopy(DataSource ds, long rows) throws SQLException {
        try (RawCopy copy = new RawCopy(
                ds,
                "beneficiary (" + BENEFICIARY_COLUMNS + ")",
                "beneficiary_status_change (" + HISTORY_COLUMNS + ")")) {
            population.forEach(rows, SEED, b -> {
                copy.add(0, values(b));
                copy.add(1, historyValues(b));
                copy.endRow();
            });
            copy.commit();
        }
    }

    static Object[] values(Beneficiary b) {
        return new Object[] {
            b.id().value(),
            1L,
            b.name().value(),
            b.duplicateKey().name(),
            b.sex().code(),
            b.birth().date(),
            b.birth().estimated(),
            b.nik().map(Nik::value).orElse(null),
            b.familyCard().map(FamilyCardNumber::value).orElse(null),
            b.documentStatus().name(),
            b.origin().toString(),
            b.origin().province().toString(),
            b.originRegency().toString(),
            b.phone().map(PhoneNumber::e164).orElse(null),
            b.returnInfo().country(),
            b.returnInfo().date(),
            b.returnInfo().entryPoint(),
            b.returnInfo().mode().name(),
            "",
            "",
            b.profile().sector().name(),
            b.profile().recruiter().name(),
            b.status().name(),
            null,
            "NATIONAL",
            null,
            null,
            b.registeredAt().atOffset(ZoneOffset.UTC)
        };
    }

    static Object[] historyValues(Beneficiary b) {
        var h = b.history().get(0);
        return new Object[] {
            b.id().value(), 0, null, h.to().name(), h.at().atOffset(ZoneOffset.UTC), h.actorId(), h.reason()
        };
    }

    private static String marks(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> "?").collect(Collectors.joining(", "));
    }

    private DataSource h2() throws IOException {
        Path dir = Files.createTempDirectory("pulih-bench-h2");
        dir.toFile().deleteOnExit();
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("pulih") + ";DB_CLOSE_DELAY=0");
        h2.setUser("pulih");
        return h2;
    }

    private static DataSource freshPostgres(EmbeddedPostgres pg) throws SQLException {
        String name = "bench_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return pg.getDatabase("postgres", name);
    }

    private static DataSource rewrite(DataSource ds) {
        org.postgresql.ds.PGSimpleDataSource pg = (org.postgresql.ds.PGSimpleDataSource) ds;
        pg.setReWriteBatchedInserts(true);
        return pg;
    }
}
