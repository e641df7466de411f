package id.pulih.jdbc;

import id.pulih.store.Store;
import id.pulih.testkit.contract.StoreContract;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The whole Store contract against a real PostgreSQL server, encrypted at rest. One database is migrated once; between
 * tests every Pulih table but the key check is emptied, which is much faster than a database per test.
 */
class PostgresStoreContractIT extends StoreContract {
    private static JdbcStore store;

    @Override
    protected Store newStore() {
        synchronized (PostgresStoreContractIT.class) {
            if (store == null) {
                store = TestKeys.encrypted(Databases.freshPostgres());
            }
        }
        truncateAll(store.dataSource());
        return store;
    }

    static void truncateAll(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (var rs = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    if (!table.equals(Migrations.HISTORY_TABLE) && !table.equals("store_key_check")) {
                        tables.add(table);
                    }
                }
            }
            s.execute("TRUNCATE " + String.join(", ", tables) + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the test database", e);
        }
    }
}
