package id.pulih.cli;

import picocli.CommandLine.Option;

/**
 * Which database: {@code --db} (a JDBC URL, H2 or PostgreSQL), else {@code db.url} in the settings, else the embedded
 * H2 file {@code ./pulih-data/pulih}. The password comes only from {@code PULIH_DB_PASSWORD} or, with {@code
 * --db-password}, a prompt: never from the command line, where other users of the machine could read it. An H2 file
 * encrypted with {@code ;CIPHER=AES} in its URL takes its file password from {@code PULIH_DB_FILE_PASSWORD}.
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

    /**
     * Opens the database chosen: {@code --db}, else {@code db.url}, else {@code fallback}.
     *
     * @param create whether a missing embedded database may be created
     */
    Database open(Environment environment, Settings settings, String fallback, boolean create) {
        String chosen = url != null ? url : settings.get("db.url").orElse(fallback);
        String who = user != null ? user : settings.get("db.user").orElse(DEFAULT_USER);
        String secret = password != null
                ? new String(password)
                : environment.variables().getOrDefault(Environment.PASSWORD_VARIABLE, "");
        String filePassword = environment.variables().getOrDefault(Environment.FILE_PASSWORD_VARIABLE, "");
        return Database.open(chosen, who, secret, filePassword, create);
    }
}
