package id.pulih.cli;

import id.pulih.jdbc.crypto.KeysetFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Which database: {@code --db} (a JDBC URL, H2 or PostgreSQL), else {@code db.url} in the settings, else the embedded
 * H2 file {@code ./pulih-data/pulih}. The password comes only from {@code PULIH_DB_PASSWORD} or, with {@code
 * --db-password}, a prompt: never from the command line, where other users of the machine could read it. An H2 file
 * encrypted with {@code ;CIPHER=AES} in its URL takes its file password from {@code PULIH_DB_FILE_PASSWORD}.
 *
 * <p>The keys of encryption at rest: {@code --keyset}, else {@code PULIH_KEYSET}, else {@code keyset} in the
 * settings, else for an embedded H2 file the keyset beside it ({@code <file>.keyset}). When that file exists the
 * store opens with it; {@code pulih init} and the demo create it when it does not; any other command without one opens
 * the store plain, which an encrypted database refuses with {@code store.key-missing}.
 */
final class DatabaseOptions {
    static final String DEFAULT_USER = "pulih";

    @Option(
            names = "--db",
            paramLabel = "JDBC-URL",
            description = {
                "The database, e.g. jdbc:h2:file:/srv/pulih/pulih or jdbc:postgresql://localhost/pulih.",
                "Default: db.url in pulih.properties, else the embedded H2 file ./pulih-data/pulih."
            })
    String url;

    @Option(
            names = "--db-user",
            paramLabel = "USER",
            description = "The database user. Default: db.user in pulih.properties, else " + DEFAULT_USER + ".")
    String user;

    @Option(
            names = "--db-password",
            interactive = true,
            arity = "0",
            description = "Prompt for the database password (else PULIH_DB_PASSWORD, else none).")
    char[] password;

    @Option(
            names = "--keyset",
            paramLabel = "FILE",
            description = {
                "The keyset of an encrypted database (else PULIH_KEYSET, else keyset in pulih.properties,",
                "else the file beside an embedded database: pulih-data/pulih.keyset). Keep it secret; back it up."
            })
    Path keyset;

    /**
     * Opens the database chosen: {@code --db}, else {@code db.url}, else {@code fallback}.
     *
     * @param create whether a missing embedded database may be created
     */
    Database open(Environment environment, Settings settings, String fallback, boolean create) {
        String chosen = chosen(settings, fallback);
        String who = user != null ? user : settings.get("db.user").orElse(DEFAULT_USER);
        String secret = password != null
                ? new String(password)
                : environment.variables().getOrDefault(Environment.PASSWORD_VARIABLE, "");
        String filePassword = environment.variables().getOrDefault(Environment.FILE_PASSWORD_VARIABLE, "");
        Optional<Path> keys = keysetPath(environment, settings, chosen);
        Optional<KeysetFile> opened = keys.filter(Files::exists).map(KeysetFile::load);
        Optional<Path> created = Optional.empty();
        if (opened.isEmpty() && keys.isPresent() && (create || explicit(environment, settings))) {
            if (!create) {
                opened = Optional.of(KeysetFile.load(keys.get())); // store.key-missing, naming the file
            } else {
                opened = Optional.of(KeysetFile.create(keys.get()));
                created = keys;
            }
        }
        return Database.open(chosen, who, secret, filePassword, create, opened, created);
    }

    /** The database's URL: {@code --db}, else {@code db.url} in the settings, else {@code fallback}. */
    String chosen(Settings settings, String fallback) {
        return url != null ? url : settings.get("db.url").orElse(fallback);
    }

    /** The keyset file named, or beside an embedded database; empty for a server database without one named. */
    Optional<Path> keysetPath(Environment environment, Settings settings, String chosen) {
        if (keyset != null) {
            return Optional.of(environment.workingDirectory().resolve(keyset));
        }
        String variable = environment.variables().get(Environment.KEYSET_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return Optional.of(environment.workingDirectory().resolve(variable));
        }
        Optional<String> setting = settings.get("keyset");
        if (setting.isPresent()) {
            return Optional.of(environment.workingDirectory().resolve(setting.get()));
        }
        return Database.h2Path(chosen).map(KeysetFile::besideDatabase);
    }

    private boolean explicit(Environment environment, Settings settings) {
        String variable = environment.variables().get(Environment.KEYSET_VARIABLE);
        return keyset != null
                || (variable != null && !variable.isBlank())
                || settings.get("keyset").isPresent();
    }
}
