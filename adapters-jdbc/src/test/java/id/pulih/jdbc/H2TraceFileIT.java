package id.pulih.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, path 5: H2 writes every failed statement, with its values, to a {@code .trace.db} file beside the
 * database. The embedded store turns that file off, so that a failed write leaves no personal data behind.
 */
class H2TraceFileIT {
    private static final String MARKER = "Siti Aminah binti Lalu, Praya";

    @TempDir
    Path dir;

    @Test
    void aFailedStatementLeavesNoTextInATraceFileBesideTheEmbeddedDatabase() throws Exception {
        JdbcStore store = JdbcStore.h2(dir.resolve("pulih"));
        try (Connection c = store.dataSource().getConnection();
                Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("insert into no_such_table values ('" + MARKER + "')"))
                    .isInstanceOf(SQLException.class);
        }

        assertThat(textOfTraceFiles()).doesNotContain(MARKER);
    }

    @Test
    void aUrlThatSetsItsOwnTraceLevelKeepsIt() {
        assertThat(JdbcStore.withoutTraceFile("jdbc:h2:file:/tmp/x;TRACE_LEVEL_FILE=2"))
                .isEqualTo("jdbc:h2:file:/tmp/x;TRACE_LEVEL_FILE=2");
        assertThat(JdbcStore.withoutTraceFile("jdbc:h2:file:/tmp/x"))
                .isEqualTo("jdbc:h2:file:/tmp/x;TRACE_LEVEL_FILE=0");
    }

    private String textOfTraceFiles() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".trace.db"))
                    .toList()) {
                all.append(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
