package id.pulih.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.shared.ConflictException;
import id.pulih.shared.PulihException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two transactions that each wait for the other (a deadlock), or that update the same row from two snapshots, end one
 * of them with the database's own error; the adapter's one translation ({@code Jdbc.translate}) makes it {@code
 * record.concurrent} ("repeat the operation"), never {@code store.failure}. Two real connections, on H2 and on
 * PostgreSQL.
 */
class TransactionConflictIT {
    private final ExecutorService second = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        second.shutdownNow();
    }

    @Test
    void aDeadlockOnH2IsAConcurrentChange() throws Exception {
        concurrent(deadlock(Databases.h2()));
    }

    @Test
    void aDeadlockOnPostgresIsAConcurrentChange() throws Exception {
        concurrent(deadlock(Databases.freshPostgres()));
    }

    @Test
    void aRowChangedSinceTheSnapshotOnH2IsAConcurrentChange() throws Exception {
        concurrent(staleUpdate(Databases.h2(), Connection.TRANSACTION_REPEATABLE_READ));
    }

    @Test
    void aSerializationFailureOnPostgresIsAConcurrentChange() throws Exception {
        concurrent(staleUpdate(Databases.freshPostgres(), Connection.TRANSACTION_REPEATABLE_READ));
    }

    private static void concurrent(SQLException e) {
        PulihException translated = Jdbc.translate(e);
        assertThat(translated).as(e.getSQLState() + " " + e.getMessage()).isInstanceOf(ConflictException.class);
        assertThat(translated.code()).isEqualTo("record.concurrent");
    }

    private static void table(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE pair (id INT PRIMARY KEY, v INT)");
            s.execute("INSERT INTO pair VALUES (1, 0), (2, 0)");
        }
    }

    /** A locks row 1, B row 2, then each asks for the other's: the database ends one of them. */
    private SQLException deadlock(DataSource ds) throws Exception {
        table(ds);
        try (Connection a = ds.getConnection();
                Connection b = ds.getConnection()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            update(a, 1);
            update(b, 2);
            Future<SQLException> bWaits = second.submit(() -> attempt(b, 1));
            SQLException first = attempt(a, 2);
            SQLException other = bWaits.get(30, TimeUnit.SECONDS);
            a.rollback();
            b.rollback();
            assertThat(first == null || other == null).as("only one is ended").isTrue();
            return first != null ? first : other;
        }
    }

    /** A reads a snapshot, B changes the row and commits, then A changes it too. */
    private static SQLException staleUpdate(DataSource ds, int isolation) throws Exception {
        table(ds);
        try (Connection a = ds.getConnection();
                Connection b = ds.getConnection()) {
            a.setAutoCommit(false);
            a.setTransactionIsolation(isolation);
            try (Statement s = a.createStatement()) {
                s.executeQuery("SELECT v FROM pair WHERE id = 1").close();
            }
            update(b, 1);
            SQLException stale = attempt(a, 1);
            a.rollback();
            assertThat(stale != null).as("the second update is refused").isTrue();
            return stale;
        }
    }

    private static void update(Connection c, int id) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE pair SET v = v + 1 WHERE id = " + id);
        }
    }

    private static SQLException attempt(Connection c, int id) {
        try {
            update(c, id);
            return null;
        } catch (SQLException e) {
            return e;
        }
    }
}
