package id.pulih.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFilesTest {
    @TempDir
    Path dir;

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aNewFileAndTheFoldersAboveItAreReadableByTheirOwnerOnly() throws IOException {
        Path file = dir.resolve("exports").resolve("ntb").resolve("ntb.csv");

        try (Writer out = PrivateFiles.newWriter(file)) {
            out.write("NIK;Nama\n");
        }

        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(mode(file.getParent())).isEqualTo("rwx------");
        assertThat(mode(file.getParent().getParent())).isEqualTo("rwx------");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("NIK;Nama\n");
    }

    @Test
    void anExistingWorldReadableFileIsEmptiedAndMadeOwnerOnly() throws IOException {
        Path file = dir.resolve("old.csv");
        Files.writeString(file, "a much longer text than the new one");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));

        try (Writer out = PrivateFiles.newWriter(file)) {
            out.write("new");
        }

        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(Files.readString(file)).isEqualTo("new");
    }

    @Test
    void existingFoldersAreLeftAsTheyAre() throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));

        PrivateFiles.createDirectories(dir.resolve("pulih-data"));

        assertThat(mode(dir)).isEqualTo("rwxr-xr-x");
        assertThat(mode(dir.resolve("pulih-data"))).isEqualTo("rwx------");
    }

    @Test
    void checkingAFileLeavesNoFileBehindAndKeepsAnExistingOnesText() throws IOException {
        Path missing = dir.resolve("errors.csv");
        Path existing = dir.resolve("kept.csv");
        Files.writeString(existing, "kept");

        PrivateFiles.checkWritable(missing);
        PrivateFiles.checkWritable(existing);

        assertThat(missing).doesNotExist();
        assertThat(Files.readString(existing)).isEqualTo("kept");
    }

    @Test
    void aFileThatCannotBeWrittenFailsTheCheck() throws IOException {
        Path notAFolder = dir.resolve("plain-file");
        Files.writeString(notAFolder, "");

        assertThatThrownBy(() -> PrivateFiles.checkWritable(notAFolder.resolve("errors.csv")))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> PrivateFiles.checkWritable(dir)).isInstanceOf(IOException.class);
    }
}
