package id.pulih.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.audit.AccessLogEntry;
import id.pulih.jdbc.JdbcStore;
import id.pulih.shared.Nik;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, path 4 from the command line: {@code --identified} gave an auditor every whole NIK, and any case worker
 * or partner every identifier within its scope, with no trace per case. Now: supervisors of a government unit only,
 * with {@code --purpose}, which the access log keeps for each case exported.
 */
class IdentifiedExportCommandTest {
    private static final String NATIONAL = "hq-01:CASE_WORKER:NATIONAL";
    private static final String NIK = "5202014507900001";
    private static final String SPREADSHEET = "NIK;Nama;Jenis Kelamin;Tanggal Lahir;Kode Wilayah;Negara;"
            + "Tanggal Kembali\r\n"
            + NIK + ";Siti Aminah;P;05/07/1990;52.02.01;MY;01/03/2020\r\n"
            + "5301054507900001;Maria Ndun;P;05/07/1990;53.01.05;MY;01/03/2020\r\n";
    private static final String PURPOSE = "PBI-JKN enrolment list for BPJS Kesehatan";

    @TempDir
    Path dir;

    private Cli cli;

    private String db() {
        return "jdbc:h2:file:" + dir.resolve("db").resolve("pulih");
    }

    @BeforeEach
    void imported() throws IOException {
        cli = new Cli(dir);
        cli.run("init", "--db", db());
        Path file = dir.resolve("ntb.csv");
        Files.writeString(file, SPREADSHEET, StandardCharsets.UTF_8);
        assertThat(cli.run("import", "beneficiaries", file.toString(), "--db", db(), "--actor", NATIONAL)
                        .code())
                .isZero();
    }

    private Cli.Result export(Path file, String actor, String... more) {
        List<String> args = new java.util.ArrayList<>(
                List.of("export", "beneficiaries", file.toString(), "--db", db(), "--actor", actor));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    @Test
    void aSupervisorExportsTheCasesOfItsRegencyWholeAndEachIsLoggedWithThePurpose() throws IOException {
        Path file = dir.resolve("pbi.csv");

        Cli.Result result = export(file, "sup-5202:SUPERVISOR:REGENCY=52.02", "--identified", "--purpose", PURPOSE);

        assertThat(result.code()).as(result.err()).isZero();
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written).contains(NIK).doesNotContain("5301054507900001");
        // the CLI closed the database; read it back as a library user would
        JdbcStore store = Cli.store(dir.resolve("db").resolve("pulih"));
        var siti = store.beneficiaries().findByNik(Nik.of(NIK)).orElseThrow();
        assertThat(store.accessLog().forBeneficiary(siti.id()))
                .filteredOn(e -> e.action().equals("case.disclose"))
                .extracting(AccessLogEntry::purpose)
                .containsExactly(java.util.Optional.of(PURPOSE));
    }

    @Test
    void anAuditorAndCaseWorkersAreRefusedAndNoWholeNikIsWritten() throws IOException {
        // a partner's supervisor is refused as well (IdentifiedDisclosureTest); here it would list no case to refuse
        for (String actor : List.of("hq-audit:AUDITOR:NATIONAL", NATIONAL, "dinsos-5202:CASE_WORKER:REGENCY=52.02")) {
            Path file = dir.resolve("x.csv");
            Files.deleteIfExists(file);

            Cli.Result result = export(file, actor, "--identified", "--purpose", PURPOSE);

            assertThat(result.code()).as(actor).isNotZero();
            assertThat(result.err()).as(actor).contains("access.identified");
            assertThat(Files.exists(file) ? Files.readString(file) : "").doesNotContain(NIK);
        }
    }

    @Test
    void identifiedWithoutAPurposeIsAUsageErrorNamingTheOption() {
        Cli.Result result = export(dir.resolve("x.csv"), "sup-5202:SUPERVISOR:REGENCY=52.02", "--identified");

        assertThat(result.code()).isNotZero();
        assertThat(result.err()).contains("--purpose");
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }
}
