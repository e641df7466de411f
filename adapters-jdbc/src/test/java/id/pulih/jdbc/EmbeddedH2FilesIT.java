package id.pulih.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, files: the embedded database holds victims' personal data, so {@link JdbcStore#h2} creates its folder and
 * leaves its files readable by their owner only, whatever the process's umask.
 */
class EmbeddedH2FilesIT {
    @TempDir
    Path dir;

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void theEmbeddedDatabasesNewFoldersAndItsFilesAreReadableByTheirOwnerOnly() throws IOException {
        Path file = dir.resolve("pulih-data").resolve("ntb").resolve("pulih");

        JdbcStore.h2(file).beneficiaries().count();

        assertThat(mode(dir.resolve("pulih-data"))).isEqualTo("rwx------");
        assertThat(mode(file.getParent())).isEqualTo("rwx------");
        List<Path> files;
        try (Stream<Path> all = Files.list(file.getParent())) {
            files = all.filter(p -> p.getFileName().toString().startsWith("pulih."))
                    .toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("pulih.mv.db");
        for (Path p : files) {
            assertThat(mode(p)).as(p.getFileName().toString()).isEqualTo("rw-------");
        }
    }

    @Test
    void anExistingDatabaseFileLeftReadableByAllIsMadeOwnerOnlyWhenOpened() throws IOException {
        Path file = dir.resolve("pulih");
        JdbcStore.h2(file).beneficiaries().count();
        Path data = dir.resolve("pulih.mv.db");
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rw-r--r--"));

        JdbcStore.h2(file).beneficiaries().count();

        assertThat(mode(data)).isEqualTo("rw-------");
    }
}
