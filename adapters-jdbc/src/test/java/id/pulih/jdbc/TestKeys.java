package id.pulih.jdbc;

import id.pulih.jdbc.crypto.KeysetFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Keysets for the tests: one shared by the contract suites, and fresh ones for tests that need their own. */
final class TestKeys {
    private static KeysetFile shared;

    private TestKeys() {}

    /** The keyset the encrypted contract suites use, created once per test JVM. */
    static synchronized KeysetFile shared() {
        if (shared == null) {
            shared = fresh();
        }
        return shared;
    }

    /** A new keyset in a new temporary folder. */
    static KeysetFile fresh() {
        try {
            Path folder = Files.createTempDirectory("pulih-keys");
            folder.toFile().deleteOnExit();
            return KeysetFile.create(folder.resolve("test.keyset"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An encrypted store over a data source, with the shared keys. */
    static JdbcStore encrypted(javax.sql.DataSource dataSource) {
        return JdbcStore.builder(dataSource).keys(shared()).open();
    }
}
