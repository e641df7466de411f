package id.pulih.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on a connection that may throw {@link SQLException}; the adapter translates it at its edge. */
@FunctionalInterface
interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
