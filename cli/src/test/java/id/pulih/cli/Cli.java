package id.pulih.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import picocli.CommandLine;

/** Runs the command in-process, as a user would type it, in a working directory of its own. */
final class Cli {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneId.of("Asia/Jakarta"));

    private final Path workingDirectory;
    private final Map<String, String> variables;

    Cli(Path workingDirectory) {
        this(workingDirectory, Map.of());
    }

    Cli(Path workingDirectory, Map<String, String> variables) {
        this.workingDirectory = workingDirectory;
        this.variables = variables;
    }

    /**
     * The store of an embedded database the command made, opened as a library user would: with the keyset
     * {@code pulih init} put beside it.
     */
    static id.pulih.jdbc.JdbcStore store(Path file) {
        return id.pulih.jdbc.JdbcStore.builder(file)
                .keys(id.pulih.jdbc.crypto.KeysetFile.load(id.pulih.jdbc.crypto.KeysetFile.besideDatabase(file)))
                .open();
    }

    /**
     * An embedded database written without keys, as before encryption at rest: migrated, then closed, so that the
     * command opens it alone and its writes reach the file.
     */
    static void plainDatabase(Path file) {
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + file.toAbsolutePath());
        h2.setUser("pulih");
        id.pulih.jdbc.JdbcStore.open(h2);
    }

    Result run(String... args) {
        Environment environment = new Environment(workingDirectory, workingDirectory.resolve("home"), variables, CLOCK);
        CommandLine line = Main.commandLine(environment);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /**
     * What a run left.
     *
     * @param code the exit code
     * @param out the standard output
     * @param err the error output
     */
    record Result(int code, String out, String err) {
        /** The error output's lines. */
        java.util.List<String> errLines() {
            return err.lines().toList();
        }
    }
}
