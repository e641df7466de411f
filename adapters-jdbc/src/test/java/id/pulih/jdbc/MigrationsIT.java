package id.pulih.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class MigrationsIT {

    @Test
    void migratesAnEmptyH2DatabaseToTheLatestSchemaInItsOwnHistoryTable() throws SQLException {
        DataSource ds = Databases.h2();
        JdbcStore.open(ds);
        assertThat(tables(ds)).contains("beneficiary", "stay", "audit_entry", "pulih_schema_history");
        assertThat(tables(ds)).doesNotContain("flyway_schema_history");
        JdbcStore.open(ds);
    }

    @Test
    void migratesAnEmptyPostgresDatabaseAndLeavesTheHostsOwnTablesAlone() throws SQLException {
        DataSource ds = Databases.freshPostgres();
        execute(ds, "CREATE TABLE host_application_table (id INT PRIMARY KEY)");
        JdbcStore.open(ds);
        assertThat(tables(ds))
                .contains("beneficiary", "stay", "audit_entry", "pulih_schema_history", "host_application_table");
    }

    @Test
    void refusesADatabaseMigratedByANewerPulih() {
        DataSource ds = Databases.h2();
        JdbcStore.open(ds);
        execute(
                ds,
                "INSERT INTO \"pulih_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                        + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                        + " VALUES (999, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'pulih', 0, TRUE)");

        assertThatThrownBy(() -> JdbcStore.open(ds)).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.code()).isEqualTo("store.schema-newer");
            assertThat(e.getMessage()).contains("999");
        });
    }

    private static List<String> tables(DataSource ds) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = ds.getConnection();
                var rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }

    private static void execute(DataSource ds, String sql) {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
