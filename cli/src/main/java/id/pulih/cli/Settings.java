package id.pulih.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The settings files: {@code ./pulih.properties} in the working directory over {@code ~/.pulih/pulih.properties}
 * (keys {@code actor.id}, {@code actor.name}, {@code actor.role}, {@code actor.jurisdiction}, {@code db.url}, {@code
 * db.user}). Options on the command line win over both. A password is never read from a file.
 */
final class Settings {
    static final String FILE = "pulih.properties";

    private final Properties values;

    private Settings(Properties values) {
        this.values = values;
    }

    /** No settings: for the demo, which must never write into the database an officer configured. */
    static Settings empty() {
        return new Settings(new Properties());
    }

    static Settings load(Environment environment) {
        Properties home = new Properties();
        read(environment.home().resolve(".pulih").resolve(FILE), home);
        Properties merged = new Properties();
        merged.putAll(home);
        read(environment.workingDirectory().resolve(FILE), merged);
        return new Settings(merged);
    }

    private static void read(Path file, Properties into) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            into.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new SettingsException("cannot read " + file + ": " + e.getMessage());
        }
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** A settings file that cannot be read or holds a wrong value: a usage error, like a wrong option. */
    static final class SettingsException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SettingsException(String message) {
            super(message);
        }
    }
}
