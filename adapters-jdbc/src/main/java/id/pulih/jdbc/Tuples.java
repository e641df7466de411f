package id.pulih.jdbc;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Rows of one table as plain values, written either by a batched {@code INSERT} or by PostgreSQL's {@code COPY ...
 * FROM STDIN} (much faster in bulk). Values are {@link UUID}, {@link String}, {@link java.time.LocalDate},
 * {@link Instant}, {@link Boolean}, {@link Integer}, {@link Long}, or null.
 */
final class Tuples {
    private final String table;
    private final List<String> columns;

    Tuples(String table, List<String> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
    }

    String insertSql() {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
    }

    /** Inserts the rows with one batched statement. */
    void insert(Connection c, Collection<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(insertSql())) {
            for (Object[] row : rows) {
                bind(s, row);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    void bind(PreparedStatement s, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            Object value = row[i];
            if (value == null) {
                s.setNull(i + 1, Types.NULL);
            } else if (value instanceof Instant instant) {
                s.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
            } else {
                s.setObject(i + 1, value);
            }
        }
    }

    /** Copies the rows in with PostgreSQL's COPY, as CSV. */
    void copy(Connection c, Collection<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder csv = new StringBuilder(rows.size() * 64 * columns.size() / 8);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                appendCsv(csv, row[i]);
            }
            csv.append('\n');
        }
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)";
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed", "58030", e);
        }
    }

    private static void appendCsv(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            csv.append('"');
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '"') {
                    csv.append('"');
                }
                csv.append(ch);
            }
            csv.append('"');
        } else if (value instanceof Instant instant) {
            csv.append(instant.atOffset(ZoneOffset.UTC));
        } else {
            csv.append(value);
        }
    }
}
