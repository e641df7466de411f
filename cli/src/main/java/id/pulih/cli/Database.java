package id.pulih.cli;

import id.pulih.jdbc.JdbcStore;
import id.pulih.jdbc.StoreError;
import id.pulih.jdbc.crypto.KeysetFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An open Pulih database for the length of one command. For H2 it holds one connection open throughout, so the
 * embedded database is opened once rather than at every transaction, and closed cleanly when the command ends.
 */
final class Database implements AutoCloseable {
    private final String url;
    private final JdbcStore store;
    private final Connection keepOpen;
    private final Optional<KeysetFile> keys;
    private final Optional<Path> createdKeyset;

    private Database(
            String url, JdbcStore store, Connection keepOpen, Optional<KeysetFile> keys, Optional<Path> created) {
        this.url = url;
        this.store = store;
        this.keepOpen = keepOpen;
        this.keys = keys;
        this.createdKeyset = created;
    }

    static String h2File(Path file) {
        return "jdbc:h2:file:" + file.toAbsolutePath().normalize();
    }

    /**
     * Opens and migrates a database. An embedded H2 file database is kept readable by its owner only: the folders
     * created for it and its files ({@link JdbcStore#ownerOnlyFiles}). One whose URL asks for {@code CIPHER=AES} is
     * opened with the file password from {@code PULIH_DB_FILE_PASSWORD} (H2 takes it as the first word of the
     * password).
     *
     * @param filePassword the H2 file password for {@code CIPHER=...}, or empty
     * @param create whether a missing embedded database may be created ({@code init}, {@code demo}); otherwise a
     *     missing one is an error rather than a new empty database
     * @param keys the keys of encryption at rest, or empty for a plain store
     * @param createdKeyset the keyset file when this command created it, to say so once
     */
    static Database open(
            String url,
            String user,
            String password,
            String filePassword,
            boolean create,
            Optional<KeysetFile> keys,
            Optional<Path> createdKeyset) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            Optional<Path> file = h2Path(url);
            if (create) {
                file.ifPresent(JdbcStore::ownerOnlyFolder);
            }
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(JdbcStore.withoutTraceFile(
                    create || lower.contains(";ifexists=") || lower.startsWith("jdbc:h2:mem:")
                            ? url
                            : url + ";IFEXISTS=TRUE"));
            h2.setUser(user);
            h2.setPassword(h2Password(url, password, filePassword));
            Connection keepOpen = connect(h2, url);
            try {
                file.ifPresent(JdbcStore::ownerOnlyFiles);
                return new Database(url, store(h2, keys), keepOpen, keys, createdKeyset);
            } catch (RuntimeException e) {
                close(keepOpen, e);
                throw e;
            }
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            postgres.setUser(user);
            postgres.setPassword(password);
            return new Database(url, store(postgres, keys), null, keys, createdKeyset);
        }
        throw new Settings.SettingsException(
                "--db " + url + ": Pulih runs on H2 (jdbc:h2:...) and PostgreSQL (jdbc:postgresql:...)");
    }

    private static JdbcStore store(DataSource dataSource, Optional<KeysetFile> keys) {
        JdbcStore.Builder builder = JdbcStore.builder(dataSource);
        keys.ifPresent(builder::keys);
        return builder.open();
    }

    /**
     * The password H2 is given: for an encrypted file ({@code CIPHER=AES} in the URL) the file password, a space and
     * the user's password, as H2 reads it.
     */
    private static String h2Password(String url, String password, String filePassword) {
        if (!url.toUpperCase(Locale.ROOT).contains(";CIPHER=")) {
            return password;
        }
        if (filePassword.isEmpty()) {
            throw new Settings.SettingsException("--db " + url + " is encrypted (CIPHER=): give its file password in "
                    + Environment.FILE_PASSWORD_VARIABLE);
        }
        if (filePassword.indexOf(' ') >= 0) {
            throw new Settings.SettingsException(Environment.FILE_PASSWORD_VARIABLE
                    + " must not contain a space (H2 separates the passwords by one)");
        }
        return filePassword + " " + password;
    }

    /**
     * The file of an embedded H2 database, without extension ({@code jdbc:h2:file:/srv/pulih/pulih}, {@code
     * jdbc:h2:./pulih-data/pulih}, {@code jdbc:h2:~/pulih}); empty for an in-memory or remote one.
     */
    static Optional<Path> h2Path(String url) {
        String rest = url.substring("jdbc:h2:".length());
        int semicolon = rest.indexOf(';');
        if (semicolon >= 0) {
            rest = rest.substring(0, semicolon);
        }
        String lower = rest.toLowerCase(Locale.ROOT);
        if (lower.startsWith("file:")) {
            rest = rest.substring("file:".length());
        } else if (lower.matches("[a-z][a-z0-9]+:.*")) {
            return Optional.empty(); // mem:, tcp:, ssl:, zip:, ...: not a plain file here (C:\... has one letter)
        }
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        if (rest.startsWith("~")) {
            rest = System.getProperty("user.home") + rest.substring(1);
        }
        return Optional.of(Path.of(rest).toAbsolutePath().normalize());
    }

    private static Connection connect(DataSource dataSource, String url) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1) {
                throw StoreError.MISSING.refuse(e, url);
            }
            throw StoreError.UNAVAILABLE.refuse(e, " (opening " + url + ": " + e.getMessage() + ")");
        }
    }

    private static void close(Connection connection, RuntimeException failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    String url() {
        return url;
    }

    JdbcStore store() {
        return store;
    }

    /** The keys the store was opened with, if any. */
    Optional<KeysetFile> keys() {
        return keys;
    }

    /** The keyset file this command created, to be backed up. */
    Optional<Path> createdKeyset() {
        return createdKeyset;
    }

    @Override
    public void close() {
        if (keepOpen == null) {
            return;
        }
        try {
            keepOpen.close();
        } catch (SQLException e) {
            throw StoreError.UNAVAILABLE.refuse(e, " (closing " + url + ": " + e.getMessage() + ")");
        }
    }
}
