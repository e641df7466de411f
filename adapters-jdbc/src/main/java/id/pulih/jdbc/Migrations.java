package id.pulih.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database to the schema this library knows, with Flyway, in Pulih's own location
 * ({@code db/migration/pulih}, one set of scripts for both databases) and history table ({@code pulih_schema_history}), so that Pulih's
 * migrations never mix with the host application's. A database migrated by a newer Pulih is refused.
 */
final class Migrations {
    static final String HISTORY_TABLE = "pulih_schema_history";
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {}

    static Dialect migrate(DataSource dataSource) {
        return migrate(dataSource, MigrationVersion.LATEST);
    }

    /**
     * Migrates up to a version only: the upgrade tests write data as an earlier version of Pulih did, then let the
     * store migrate the rest.
     */
    static Dialect migrate(DataSource dataSource, MigrationVersion target) {
        Dialect dialect = Dialect.of(dataSource);
        Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/pulih")
                .placeholders(java.util.Map.of("stored", dialect.storedGeneratedColumns()))
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .target(target)
                .load();
        for (MigrationInfo applied : flyway.info().applied()) {
            if (applied.getState() == MigrationState.FUTURE_SUCCESS
                    || applied.getState() == MigrationState.FUTURE_FAILED) {
                throw StoreError.SCHEMA_NEWER.refuse(null, applied.getVersion());
            }
        }
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info(
                    "migrated the Pulih schema to version {} ({} migration(s))",
                    result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
        return dialect;
    }

    /** The databases Pulih knows. */
    enum Dialect {
        H2(""),
        POSTGRESQL("STORED");

        private final String storedGeneratedColumns;

        Dialect(String storedGeneratedColumns) {
            this.storedGeneratedColumns = storedGeneratedColumns;
        }

        /** How the dialect declares a generated column that is computed on write ({@code ${stored}} in scripts). */
        String storedGeneratedColumns() {
            return storedGeneratedColumns;
        }

        static Dialect of(DataSource dataSource) {
            try (Connection c = dataSource.getConnection()) {
                String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
                if (product.contains("h2")) {
                    return H2;
                }
                if (product.contains("postgres")) {
                    return POSTGRESQL;
                }
                throw StoreError.UNSUPPORTED.refuse(null, product);
            } catch (SQLException e) {
                throw Jdbc.translate(e);
            }
        }
    }
}
