package id.pulih.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What the command reads from outside its arguments, passed in so tests choose it: the working directory (for
 * {@code ./pulih-data} and {@code ./pulih.properties}), the home directory (for {@code ~/.pulih/pulih.properties}),
 * the environment variables ({@code PULIH_DB_PASSWORD}, {@code PULIH_DB_FILE_PASSWORD}, {@code PULIH_KEYSET}) and the clock (for the demo's folder name).
 */
record Environment(Path workingDirectory, Path home, Map<String, String> variables, Clock clock) {
    static final String PASSWORD_VARIABLE = "PULIH_DB_PASSWORD";
    /** The file password of an H2 database encrypted with {@code CIPHER=AES}. */
    static final String FILE_PASSWORD_VARIABLE = "PULIH_DB_FILE_PASSWORD";
    /** The keyset file of an encrypted database, when it is not beside an embedded one. */
    static final String KEYSET_VARIABLE = "PULIH_KEYSET";

    Environment {
        workingDirectory = workingDirectory.toAbsolutePath();
        home = home.toAbsolutePath();
        variables = Map.copyOf(variables);
    }

    static Environment system() {
        return new Environment(
                Path.of(""), Path.of(System.getProperty("user.home")), System.getenv(), Clock.systemDefaultZone());
    }
}
