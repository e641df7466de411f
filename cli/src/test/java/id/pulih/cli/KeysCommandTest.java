package id.pulih.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.jdbc.crypto.KeysetFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keys of encryption at rest from the command line: {@code init} makes the embedded database's keyset and says
 * once to back it up, every command opens the database with it, a missing keyset is a clear refusal, {@code keys
 * rotate} and {@code retire} change the master key with the data still readable, {@code keys encrypt} seals a
 * database written without keys.
 */
class KeysCommandTest {
    private static final String NATIONAL = "hq-01:CASE_WORKER:NATIONAL";
    private static final String SPREADSHEET = "NIK;Nama;Jenis Kelamin;Tanggal Lahir;Kode Wilayah;Negara;"
            + "Tanggal Kembali\r\n"
            + "5202014507900001;Siti Aminah;P;05/07/1990;52.02.01;MY;01/03/2020\r\n";

    @TempDir
    Path dir;

    private Path spreadsheet() throws IOException {
        Path csv = dir.resolve("ntb.csv");
        Files.writeString(csv, SPREADSHEET, StandardCharsets.UTF_8);
        return csv;
    }

    private byte[] h2File() throws IOException {
        return Files.readAllBytes(dir.resolve("pulih-data").resolve("pulih.mv.db"));
    }

    @Test
    void initMakesTheKeysetBesideTheEmbeddedDatabaseOnceAndTheNamesAreStoredEncrypted() throws IOException {
        Cli cli = new Cli(dir);

        Cli.Result first = cli.run("init");
        Cli.Result again = cli.run("init");
        Cli.Result imported = cli.run("import", "beneficiaries", spreadsheet().toString(), "--actor", NATIONAL);
        Cli.Result report = cli.run("report", "origin-province", "--actor", NATIONAL);

        Path keyset = dir.resolve("pulih-data").resolve("pulih.keyset");
        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("Created the keyset " + keyset, "Back it up now");
        assertThat(again.out()).doesNotContain("Created the keyset").contains("Encrypted at rest with " + keyset);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyset)))
                .isEqualTo("rw-------");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).contains("52");
        String stored = new String(h2File(), StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain("Siti Aminah").doesNotContain("5202014507900001");
    }

    @Test
    void anEncryptedDatabaseWithoutItsKeysetIsRefusedWithTheCodeAndNoData() throws IOException {
        Cli cli = new Cli(dir);
        cli.run("init");
        cli.run("import", "beneficiaries", spreadsheet().toString(), "--actor", NATIONAL);
        Path keyset = dir.resolve("pulih-data").resolve("pulih.keyset");
        Files.move(keyset, dir.resolve("elsewhere.keyset"));

        Cli.Result without = cli.run("report", "origin-province", "--actor", NATIONAL);
        Cli.Result named = new Cli(
                        dir,
                        Map.of(
                                Environment.KEYSET_VARIABLE,
                                dir.resolve("elsewhere.keyset").toString()))
                .run("report", "origin-province", "--actor", NATIONAL);
        Cli.Result wrong = cli.run(
                "report",
                "origin-province",
                "--actor",
                NATIONAL,
                "--keyset",
                otherKeyset().toString());

        assertThat(without.code()).isEqualTo(1);
        assertThat(without.err()).contains("store.key-missing").doesNotContain("Siti");
        assertThat(named.code()).as(named.err()).isZero();
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).contains("store.key-wrong");
    }

    private Path otherKeyset() {
        return KeysetFile.create(dir.resolve("other").resolve("other.keyset")).path();
    }

    @Test
    void rotateAddsAMasterKeyRetireRemovesTheOldOneAndTheDataStayReadable() throws IOException {
        Cli cli = new Cli(dir);
        cli.run("init");
        cli.run("import", "beneficiaries", spreadsheet().toString(), "--actor", NATIONAL);
        Path keyset = dir.resolve("pulih-data").resolve("pulih.keyset");

        Cli.Result rotated = cli.run("keys", "rotate");
        int afterRotation = KeysetFile.load(keyset).masterKeys();
        Cli.Result readable =
                cli.run("export", "beneficiaries", dir.resolve("a.csv").toString(), "--actor", NATIONAL);
        Cli.Result retired = cli.run("keys", "retire");
        Cli.Result stillReadable =
                cli.run("export", "beneficiaries", dir.resolve("b.csv").toString(), "--actor", NATIONAL);

        assertThat(rotated.code()).as(rotated.err()).isZero();
        assertThat(rotated.out()).contains("Re-wrapped 1 data keys", "pulih keys retire");
        assertThat(afterRotation).isEqualTo(2);
        assertThat(readable.code()).as(readable.err()).isZero();
        assertThat(retired.code()).as(retired.err()).isZero();
        assertThat(KeysetFile.load(keyset).masterKeys()).isEqualTo(1);
        assertThat(stillReadable.code()).as(stillReadable.err()).isZero();
        assertThat(Files.readString(dir.resolve("b.csv"))).contains("Siti Aminah");
    }

    @Test
    void encryptSealsADatabaseWrittenWithoutKeysInPlace() throws IOException, java.sql.SQLException {
        Path file = dir.resolve("pulih-data").resolve("pulih");
        Cli.plainDatabase(file); // written without keys, as before version 11
        Cli cli = new Cli(dir);
        cli.run("import", "beneficiaries", spreadsheet().toString(), "--actor", NATIONAL);
        assertThat(new String(h2File(), StandardCharsets.ISO_8859_1)).contains("Siti Aminah");

        Cli.Result encrypted = cli.run("keys", "encrypt", "--chunk", "1");
        Cli.Result exported =
                cli.run("export", "beneficiaries", dir.resolve("after.csv").toString(), "--actor", NATIONAL);

        assertThat(encrypted.code()).as(encrypted.err()).isZero();
        assertThat(encrypted.out()).contains("Created the keyset", "Sealed 1 persons");
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(Files.readString(dir.resolve("after.csv"))).contains("Siti Aminah");
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + file, "pulih", "");
                var s = c.createStatement();
                var r = s.executeQuery("SELECT name, nik FROM beneficiary")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString("name")).isNotEqualTo("Siti Aminah");
            assertThat(r.getString("nik")).isNotEqualTo("5202014507900001");
        }
    }
}
