package id.pulih.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Hand-written PostgreSQL {@code COPY} of generated rows into several tables, the baseline the benchmarks compare the
 * store against: rows are written as CSV text by hand, copied in chunks of 1,000 rows per table, in one transaction,
 * with no checks and no look-ups.
 */
final class RawCopy implements AutoCloseable {
    private static final int CHUNK = 1_000;

    private final Connection connection;
    private final CopyManager copy;
    private final List<String> statements = new ArrayList<>();
    private final List<StringBuilder> buffers = new ArrayList<>();
    private long pending;

    /**
     * Opens a transaction on a connection of {@code ds}.
     *
     * @param ds the database
     * @param tables each table with its column list, as {@code "beneficiary (id, version, ...)"}, in the order they
     *     are copied (parents first)
     */
    RawCopy(DataSource ds, String... tables) throws SQLException {
        connection = ds.getConnection();
        connection.setAutoCommit(false);
        copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (String table : tables) {
            statements.add("COPY " + table + " FROM STDIN WITH (FORMAT csv)");
            buffers.add(new StringBuilder());
        }
    }

    /** Adds a row to the {@code table}-th table. */
    void add(int table, Object[] values) {
        StringBuilder csv = buffers.get(table);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            Object v = values[i];
            if (v instanceof String s) {
                csv.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else if (v != null) {
                csv.append(v);
            }
        }
        csv.append('\n');
    }

    /** Ends a generated row (with its rows in every table); copies the chunk when it is full. */
    void endRow() {
        if (++pending == CHUNK) {
            flush();
        }
    }

    private void flush() {
        try {
            for (int t = 0; t < buffers.size(); t++) {
                copy.copyIn(statements.get(t), new StringReader(buffers.get(t).toString()));
                buffers.get(t).setLength(0);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
        pending = 0;
    }

    /** Copies what is left and commits. */
    void commit() throws SQLException {
        if (pending > 0) {
            flush();
        }
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
