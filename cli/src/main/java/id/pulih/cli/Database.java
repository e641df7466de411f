package id.pulih.cli;

import id.pulih.jdbc.JdbcStore;
import id.pulih.jdbc.StoreError;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An open Pulih database for the length of one command. For H2 it holds one connection open throughout, so the
 * embedded database is opened once rather than at every transaction, and closed cleanly when the command ends.
 */
final class Database implements AutoCloseable {
    private final String url;
    private final JdbcStore store;
    private final Connection keepOpen;

    private Database(String url, JdbcStore store, Connection keepOpen) {
        this.url = url;
        this.store = store;
        this.keepOpen = keepOpen;
    }

    static String h2File(Path file) {
        return "jdbc:h2:file:" + file.toAbsolutePath().normalize();
    }

    /**
     * Opens and migrates a database.
     *
     * @param create whether a missing embedded database may be created ({@code init}, {@code demo}); otherwise a
     *     missing one is an error rather than a new empty database
     */
    static Database open(String url, String user, String password, boolean create) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(JdbcStore.withoutTraceFile(
                    create || lower.contains(";ifexists=") || lower.startsWith("jdbc:h2:mem:")
                            ? url
                            : url + ";IFEXISTS=TRUE"));
            h2.setUser(user);
            h2.setPassword(password);
            Connection keepOpen = connect(h2, url);
            try {
                return new Database(url, JdbcStore.open(h2), keepOpen);
            } catch (RuntimeException e) {
                close(keepOpen, e);
                throw e;
            }
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            postgres.setUser(user);
            postgres.setPassword(password);
            return new Database(url, JdbcStore.open(postgres), null);
        }
        throw new Settings.SettingsException(
                "--db " + url + ": Pulih runs on H2 (jdbc:h2:...) and PostgreSQL (jdbc:postgresql:...)");
    }

    private static Connection connect(DataSource dataSource, String url) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1) {
                throw StoreError.MISSING.refuse(e, url);
            }
            throw StoreError.UNAVAILABLE.refuse(e, " (opening " + url + ": " + e.getMessage() + ")");
        }
    }

    private static void close(Connection connection, RuntimeException failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    String url() {
        return url;
    }

    JdbcStore store() {
        return store;
    }

    @Override
    public void close() {
        if (keepOpen == null) {
            return;
        }
        try {
            keepOpen.close();
        } catch (SQLException e) {
            throw StoreError.UNAVAILABLE.refuse(e, " (closing " + url + ": " + e.getMessage() + ")");
        }
    }
}
