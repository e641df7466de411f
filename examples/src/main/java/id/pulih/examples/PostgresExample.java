package id.pulih.examples;

import id.pulih.Pulih;
import id.pulih.jdbc.JdbcStore;
import id.pulih.report.RegionRow;
import id.pulih.shared.RegionLevel;
import java.io.PrintStream;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Pulih over a provincial PostgreSQL database, through a {@link DataSource} the host application owns (in production a
 * pooled one, e.g. HikariCP). Pulih's migrations live in their own history table, {@code pulih_schema_history}.
 *
 * <pre>{@code
 * PGSimpleDataSource ds = new PGSimpleDataSource();
 * ds.setUrl("jdbc:postgresql://db.dinsos.example/pulih");
 * ds.setUser("pulih");
 * ds.setPassword(System.getenv("PULIH_DB_PASSWORD"));
 * Pulih pulih = Pulih.builder().store(JdbcStore.open(ds)).build();
 * }</pre>
 */
public final class PostgresExample {
    private PostgresExample() {}

    /**
     * Runs the example against the database named by {@code PULIH_PG_URL}, {@code PULIH_PG_USER} and {@code
     * PULIH_DB_PASSWORD}.
     *
     * @param args none
     */
    public static void main(String[] args) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(System.getenv().getOrDefault("PULIH_PG_URL", "jdbc:postgresql://localhost/pulih"));
        ds.setUser(System.getenv().getOrDefault("PULIH_PG_USER", "pulih"));
        ds.setPassword(System.getenv().getOrDefault("PULIH_DB_PASSWORD", ""));
        run(ds, System.out);
    }

    /**
     * Opens the store over the data source, runs the in-memory example's steps and prints a report.
     *
     * @param dataSource a PostgreSQL data source
     * @param out where to print
     * @return the rows of the beneficiaries-by-province report
     */
    public static java.util.List<RegionRow> run(DataSource dataSource, PrintStream out) {
        Pulih pulih = Pulih.builder().store(JdbcStore.open(dataSource)).build();
        InMemoryExample.run(pulih, out);
        var rows = pulih.as(id.pulih.access.Actor.of(
                        "hq-01",
                        id.pulih.shared.PersonName.of("Rina Wulandari"),
                        id.pulih.access.Role.AUDITOR,
                        id.pulih.access.Jurisdiction.national()))
                .reports()
                .beneficiariesByOrigin(RegionLevel.PROVINCE);
        rows.forEach(r -> out.println(r.code() + " " + r.name() + ": " + r.count()));
        return rows;
    }
}
