package id.pulih.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where an import's rows come from and where its messages go (issue 13, small defects): standard input ({@code -})
 * and named pipes are read like files; an error file that cannot be written fails the import before anything is
 * written; the progress line ends before any other message.
 */
class ImportInputCommandTest {
    private static final String NATIONAL = "hq-01:CASE_WORKER:NATIONAL";
    private static final String ROWS = "NIK;Nama;Jenis Kelamin;Tanggal Lahir;Kode Wilayah;Negara;Tanggal Kembali\r\n"
            + "5202014507900001;Siti Aminah;P;05/07/1990;52.02.01;MY;01/03/2020\r\n"
            + ";Baiq Nurul;P;11/02/1988;52.01.01;MY;02/03/2020\r\n";

    @TempDir
    Path dir;

    private String db() {
        return "jdbc:h2:file:" + dir.resolve("db").resolve("pulih");
    }

    @Test
    void standardInputIsReadWhenTheFileIsADash() {
        Cli cli = new Cli(dir);
        cli.run("init", "--db", db());
        InputStream before = System.in;
        Cli.Result imported;
        try {
            System.setIn(new ByteArrayInputStream(ROWS.getBytes(StandardCharsets.UTF_8)));
            imported = cli.run("import", "beneficiaries", "-", "--db", db(), "--actor", NATIONAL);
        } finally {
            System.setIn(before);
        }

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("read 2, imported 2");
    }

    @Test
    void aNamedPipeIsReadAsItIsWritten() throws Exception {
        Path fifo = dir.resolve("rows.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).isZero();
        Cli cli = new Cli(dir);
        cli.run("init", "--db", db());
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(ROWS.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        Cli.Result imported = cli.run("import", "beneficiaries", fifo.toString(), "--db", db(), "--actor", NATIONAL);

        writer.get(30, TimeUnit.SECONDS);
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("read 2, imported 2");
    }

    @Test
    void anErrorFileThatCannotBeWrittenFailsTheImportBeforeAnythingIsWritten() throws IOException {
        Cli cli = new Cli(dir);
        cli.run("init", "--db", db());
        Path file = dir.resolve("ntb.csv");
        Files.writeString(file, ROWS, StandardCharsets.UTF_8);
        Files.createDirectory(dir.resolve("ntb.errors.csv")); // where the error file would go: not writable as a file

        Cli.Result refused = cli.run("import", "beneficiaries", file.toString(), "--db", db(), "--actor", NATIONAL);
        Cli.Result again = cli.run(
                "import",
                "beneficiaries",
                file.toString(),
                "--errors",
                dir.resolve("errors.csv").toString(),
                "--db",
                db(),
                "--actor",
                NATIONAL);

        assertThat(refused.code()).isNotZero();
        assertThat(refused.err()).contains("csv.error-file");
        // nothing of the first attempt was stored: the second imports both rows anew
        assertThat(again.out()).as(again.err()).contains("imported 2");
    }

    @Test
    void theProgressLineEndsBeforeAnyOtherMessageEvenWhenTheImportFails() {
        StringWriter text = new StringWriter();
        PrintWriter err = new PrintWriter(text);
        try (ProgressLine progress = new ProgressLine(err, 1_000, 10)) {
            progress.progress(10, 500);
            throw new IllegalStateException("the database went away");
        } catch (IllegalStateException e) {
            err.println("pulih: " + e.getMessage());
        }
        err.flush();

        assertThat(text.toString())
                .isEqualTo("\r10 rows, 50%" + System.lineSeparator() + "pulih: the database went away"
                        + System.lineSeparator());
    }

    @Test
    void aSmallImportShowsNoProgressLineAtAll() {
        StringWriter text = new StringWriter();
        try (ProgressLine progress = new ProgressLine(new PrintWriter(text), -1, 10_000)) {
            progress.progress(2, 120);
        }

        assertThat(text.toString()).isEmpty();
    }
}
