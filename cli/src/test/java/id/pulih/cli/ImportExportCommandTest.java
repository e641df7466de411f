package id.pulih.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import and export commands as an office runs them, on a temporary H2 database. */
class ImportExportCommandTest {
    private static final String NATIONAL = "hq-01:CASE_WORKER:NATIONAL";
    private static final String SPREADSHEET = "\uFEFFNIK;Nama;Jenis Kelamin;Tanggal Lahir;Kode Wilayah;Negara;"
            + "Tanggal Kembali\r\n"
            + "5202014507900001;Siti Aminah;P;05/07/1990;52.02.01;MY;01/03/2020\r\n"
            + ";Baiq Nurul;P;1988-02-11;52.01.01;MY;02-03-2020\r\n"
            + "9902014507900001;Wayan 2;X;31/02/1990;52;ZZ;01/03/2020\r\n";

    @TempDir
    Path dir;

    private String db() {
        return "jdbc:h2:file:" + dir.resolve("db").resolve("pulih");
    }

    @Test
    void aMalformedRowGivesExitOneAndAnErrorFileWhileTheGoodRowsAreStored() throws IOException {
        Cli cli = new Cli(dir);
        cli.run("init", "--db", db());
        Path file = dir.resolve("ntb-2020.csv");
        Files.writeString(file, SPREADSHEET, StandardCharsets.UTF_8);

        Cli.Result imported = cli.run("import", "beneficiaries", file.toString(), "--db", db(), "--actor", NATIONAL);

        assertThat(imported.code()).isEqualTo(1);
        assertThat(imported.out())
                .contains("imported 2")
                .contains("  line 4, NIK: ")
                .contains("[nik.province]")
                .contains("[sex.format]")
                .doesNotContain("9902014507900001");
        assertThat(imported.err()).doesNotContain("Exception");
        Path errors = dir.resolve("ntb-2020.errors.csv");
        assertThat(errors).exists();
        assertThat(Files.readString(errors, StandardCharsets.UTF_8)).contains("nik.province");

        Cli.Result again = cli.run("import", "beneficiaries", file.toString(), "--db", db(), "--actor", NATIONAL);
        assertThat(again.out()).contains("imported 0");

        Path export = dir.resolve("export.csv");
        Cli.Result exported = cli.run("export", "beneficiaries", export.toString(), "--db", db(), "--actor", NATIONAL);
        assertThat(exported.code()).isZero();
        String csv = Files.readString(export, StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).doesNotContain("5202014507900001").contains("0001");
    }

    @Test
    void theFirstTwentyRefusedCellsArePrintedAndTheRestCounted() throws IOException {
        Cli cli = new Cli(dir);
        cli.run("init", "--db", db());
        StringBuilder csv =
                new StringBuilder("NIK;Nama;Jenis Kelamin;Tanggal Lahir;Kode Wilayah;Negara;Tanggal Kembali\r\n");
        for (int i = 0; i < 25; i++) {
            csv.append(";Siti ").append((char) ('A' + i)).append(";X;05/07/1990;52.02.01;MY;01/03/2020\r\n");
        }
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        Cli.Result imported = cli.run("import", "beneficiaries", file.toString(), "--db", db(), "--actor", NATIONAL);

        assertThat(imported.code()).isEqualTo(1);
        assertThat(imported.out().lines().filter(l -> l.startsWith("  line "))).hasSize(20);
        assertThat(imported.out())
                .contains("  line 2, Jenis Kelamin: ")
                .contains("  line 21, Jenis Kelamin: ")
                .doesNotContain("  line 22,")
                .contains("  ... and 5 more");
    }

    @Test
    void aRegencyImportingANikRegisteredElsewhereIsToldSoWithAReferenceNotADuplicate() throws IOException {
        Cli cli = new Cli(dir);
        cli.run("init", "--db", db());
        Path ntb = dir.resolve("ntb.csv");
        Files.writeString(ntb, SPREADSHEET, StandardCharsets.UTF_8);
        cli.run("import", "beneficiaries", ntb.toString(), "--db", db(), "--actor", NATIONAL);
        Path kupang = dir.resolve("kupang.csv");
        Files.writeString(
                kupang,
                "NIK;Nama;Jenis Kelamin;Tanggal Lahir;Kode Wilayah;Negara;Tanggal Kembali\r\n"
                        + "5202014507900001;Siti Aminah;P;05/07/1990;52.02.01;MY;01/03/2020\r\n",
                StandardCharsets.UTF_8);

        Cli.Result imported = cli.run(
                "import",
                "beneficiaries",
                kupang.toString(),
                "--db",
                db(),
                "--actor",
                "dinsos-5301:CASE_WORKER:REGENCY=53.01");

        assertThat(imported.code()).isEqualTo(1);
        assertThat(imported.out())
                .contains("read 1, imported 0, rejected 0, duplicates 0, registered elsewhere 1")
                .contains("rows registered elsewhere: 1")
                .doesNotContain("rows refused");
        String errors = Files.readString(dir.resolve("kupang.errors.csv"), StandardCharsets.UTF_8);
        assertThat(errors).contains("case.elsewhere", "a national officer can resolve the reference");
        assertThat(errors.lines()).hasSize(2);
    }

    @Test
    void aRegencyOfficerExportsOnlyItsOwnCasesAndTheReportToo() throws IOException {
        Cli cli = new Cli(dir);
        cli.run("init", "--db", db());
        Path file = dir.resolve("ntb.csv");
        Files.writeString(file, SPREADSHEET, StandardCharsets.UTF_8);
        cli.run("import", "beneficiaries", file.toString(), "--db", db(), "--actor", NATIONAL);

        Path export = dir.resolve("lombok-tengah.csv");
        cli.run(
                "export",
                "beneficiaries",
                export.toString(),
                "--db",
                db(),
                "--actor",
                "dinsos-5202:CASE_WORKER:REGENCY=52.02");
        Path report = dir.resolve("origin.csv");
        Cli.Result reported =
                cli.run("export", "report", "origin-province", report.toString(), "--db", db(), "--actor", NATIONAL);

        assertThat(Files.readString(export, StandardCharsets.UTF_8).lines()).hasSize(2);
        assertThat(reported.code()).isZero();
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("52", "2");
    }

    @Test
    void aFileThatIsNotCsvGivesOneLineAndExitOne() throws IOException {
        Cli cli = new Cli(dir);
        cli.run("init", "--db", db());
        Path file = dir.resolve("empty.csv");
        Files.writeString(file, "", StandardCharsets.UTF_8);

        Cli.Result result = cli.run("import", "beneficiaries", file.toString(), "--db", db(), "--actor", NATIONAL);

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().strip().lines()).hasSize(1);
        assertThat(result.err()).contains("csv.empty");
    }

    @Test
    void importAndExportExplainThemselves() {
        Cli cli = new Cli(dir);
        for (String[] command : new String[][] {
            {"import", "--help"}, {"import", "beneficiaries", "--help"}, {"import", "attendance", "--help"},
            {"import", "bank-results", "--help"}, {"export", "--help"}, {"export", "beneficiaries", "--help"},
            {"export", "payments", "--help"}, {"export", "report", "--help"}
        }) {
            Cli.Result help = cli.run(command);
            assertThat(help.code()).isZero();
            assertThat(help.out()).contains("Examples:", "pulih " + command[0]);
        }
    }
}
