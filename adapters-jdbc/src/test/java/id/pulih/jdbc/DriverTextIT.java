package id.pulih.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.shared.PulihException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A statement the database refuses leaves no row data in what Pulih throws: the drivers quote the value that broke the
 * rule (H2's "Value too long for column ...: '5201...'", PostgreSQL's "Failing row contains (5201...)"), and the
 * exception's cause used to carry that text into every log that prints a stack trace. On real H2 and PostgreSQL, the
 * driver's message holds the NIK; the translated exception, its causes and its stack trace do not.
 */
class DriverTextIT {
    private static final String NIK = "5202014708940003";

    @Test
    void aValueTooLongOnH2IsAStoreFailureWithoutTheValue() throws Exception {
        SQLException driver = refused(Databases.h2(), "CREATE TABLE person (nik VARCHAR(5))");
        assertWithheld(driver, "store.failure");
    }

    @Test
    void aBrokenCheckOnPostgresIsAStoreConstraintWithoutTheRow() throws Exception {
        SQLException driver = refused(
                Databases.freshPostgres(), "CREATE TABLE person (nik VARCHAR(20) CHECK (nik NOT LIKE '5202%'))");
        assertWithheld(driver, "store.constraint");
    }

    private static void assertWithheld(SQLException driver, String code) {
        assertThat(printed(driver)).as("the driver's own text quotes the value").contains(NIK.substring(0, 12));
        PulihException translated = Jdbc.translate(driver);
        assertThat(translated.code()).isEqualTo(code);
        String printed = printed(translated);
        assertThat(printed).doesNotContain(NIK.substring(0, 6) + NIK.substring(6, 12));
        assertThat(printed).contains("SQL state " + driver.getSQLState());
        assertThat(translated.getCause()).isInstanceOf(SQLException.class);
        assertThat(((SQLException) translated.getCause()).getSQLState()).isEqualTo(driver.getSQLState());
    }

    private static SQLException refused(DataSource ds, String table) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute(table);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO person (nik) VALUES (?)")) {
                insert.setString(1, NIK);
                insert.executeUpdate();
            } catch (SQLException e) {
                return e;
            }
        }
        throw new AssertionError("the database accepted the row");
    }

    private static String printed(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
