/**
 * The JDBC adapter: {@link id.pulih.jdbc.JdbcStore}, Pulih's store over H2 and PostgreSQL, with Flyway migrations in
 * {@code db/migration/pulih} and plain JDBC row mappers. No JDBC type leaves this package.
 */
package id.pulih.jdbc;
