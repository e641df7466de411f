package id.pulih.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command leaves on disk holds victims' data: readable by its owner only, or encrypted on request. */
class PrivateFilesCommandTest {
    private static final String NATIONAL = "hq-01:CASE_WORKER:NATIONAL";
    private static final String SPREADSHEET = "NIK;Nama;Jenis Kelamin;Tanggal Lahir;Kode Wilayah;Negara;"
            + "Tanggal Kembali\r\n"
            + "5202014507900001;Siti Aminah;P;05/07/1990;52.02.01;MY;01/03/2020\r\n"
            + "9902014507900001;Wayan;P;05/07/1990;52.02.01;MY;01/03/2020\r\n";

    @TempDir
    Path dir;

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void theEmbeddedDatabaseItsFolderAndItsFilesAreReadableByTheirOwnerOnly() throws IOException {
        Cli.Result init = new Cli(dir).run("init");

        assertThat(init.code()).as(init.err()).isZero();
        Path folder = dir.resolve("pulih-data");
        assertThat(mode(folder)).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.toList())
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------"));
        }
    }

    @Test
    void aDatabaseNamedWithDbInANewFolderIsReadableByItsOwnerOnly() throws IOException {
        Path file = dir.resolve("srv").resolve("pulih").resolve("pulih");

        Cli.Result init = new Cli(dir).run("init", "--db", "jdbc:h2:file:" + file);

        assertThat(init.code()).as(init.err()).isZero();
        assertThat(mode(file.getParent())).isEqualTo("rwx------");
        assertThat(mode(file.getParent().getParent())).isEqualTo("rwx------");
        assertThat(mode(file.resolveSibling("pulih.mv.db"))).isEqualTo("rw-------");
    }

    @Test
    void errorFilesAndExportsAreReadableByTheirOwnerOnly() throws IOException {
        Cli cli = new Cli(dir);
        String db = "jdbc:h2:file:" + dir.resolve("db").resolve("pulih");
        cli.run("init", "--db", db);
        Path file = dir.resolve("ntb.csv");
        Files.writeString(file, SPREADSHEET, StandardCharsets.UTF_8);
        Path export = dir.resolve("identified.csv");
        Path report = dir.resolve("origin.csv");

        Cli.Result imported = cli.run("import", "beneficiaries", file.toString(), "--db", db, "--actor", NATIONAL);
        Cli.Result exported = cli.run(
                "export",
                "beneficiaries",
                export.toString(),
                "--identified",
                "--purpose",
                "a case file",
                "--db",
                db,
                "--actor",
                "hq-sup:SUPERVISOR:NATIONAL");
        cli.run("export", "report", "origin-province", report.toString(), "--db", db, "--actor", NATIONAL);

        assertThat(imported.code()).as(imported.err()).isEqualTo(1);
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(mode(dir.resolve("ntb.errors.csv"))).isEqualTo("rw-------");
        assertThat(mode(export)).isEqualTo("rw-------");
        assertThat(mode(report)).isEqualTo("rw-------");
    }

    @Test
    void anH2FileEncryptedWithCipherAesOpensWithTheFilePasswordAndHidesTheNames() throws IOException {
        Path file = dir.resolve("db").resolve("pulih");
        String db = "jdbc:h2:file:" + file + ";CIPHER=AES";
        Cli cli = new Cli(dir, Map.of(Environment.FILE_PASSWORD_VARIABLE, "rahasia-berkas"));
        Path csv = dir.resolve("ntb.csv");
        Files.writeString(csv, SPREADSHEET, StandardCharsets.UTF_8);

        Cli.Result init = cli.run("init", "--db", db);
        Cli.Result imported = cli.run("import", "beneficiaries", csv.toString(), "--db", db, "--actor", NATIONAL);
        Cli.Result report = cli.run("report", "origin-province", "--db", db, "--actor", NATIONAL);
        Cli.Result withoutPassword = new Cli(dir).run("report", "origin-province", "--db", db, "--actor", NATIONAL);
        Cli.Result wrongPassword = new Cli(dir, Map.of(Environment.FILE_PASSWORD_VARIABLE, "salah"))
                .run("report", "origin-province", "--db", db, "--actor", NATIONAL);

        assertThat(init.code()).as(init.err()).isZero();
        assertThat(imported.out()).as(imported.err()).contains("imported 1");
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).contains("52");
        byte[] stored = Files.readAllBytes(file.resolveSibling("pulih.mv.db"));
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Siti Aminah");
        assertThat(withoutPassword.code()).isEqualTo(2);
        assertThat(withoutPassword.err()).contains(Environment.FILE_PASSWORD_VARIABLE);
        assertThat(wrongPassword.code()).isEqualTo(1);
        assertThat(wrongPassword.err()).doesNotContain("salah");
    }

    @Test
    void anUnencryptedH2FileKeepsTheNamesReadableSoTheCipherTestAboveMeansSomething() throws IOException {
        Path file = dir.resolve("db").resolve("pulih");
        String db = "jdbc:h2:file:" + file;
        Cli cli = new Cli(dir);
        Path csv = dir.resolve("ntb.csv");
        Files.writeString(csv, SPREADSHEET, StandardCharsets.UTF_8);

        // a database written without keys (pulih init gives the embedded one a keyset): made by the library
        Cli.plainDatabase(file);
        cli.run("import", "beneficiaries", csv.toString(), "--db", db, "--actor", NATIONAL);

        byte[] stored = Files.readAllBytes(file.resolveSibling("pulih.mv.db"));
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).contains("Siti Aminah");
    }
}
