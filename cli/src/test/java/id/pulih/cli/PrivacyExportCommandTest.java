package id.pulih.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pulih.jdbc.JdbcStore;
import id.pulih.shared.Nik;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pulih privacy export CASE-ID}: the person's whole record as JSON (the default) or as the readable summary, on
 * standard output or into a file readable by its owner only; identifiers masked for a case worker, whole for a
 * supervisor; refused outside the jurisdiction.
 */
class PrivacyExportCommandTest {
    private static final String NATIONAL = "hq-01:CASE_WORKER:NATIONAL";
    private static final String NIK = "5202014507900001";
    private static final String SPREADSHEET = "NIK;Nama;Jenis Kelamin;Tanggal Lahir;Kode Wilayah;Negara;"
            + "Tanggal Kembali\r\n"
            + NIK + ";Siti Aminah;P;05/07/1990;52.02.01;MY;01/03/2020\r\n";

    @TempDir
    Path dir;

    private Cli cli;
    private String caseId;

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
        JdbcStore store = Cli.store(dir.resolve("db").resolve("pulih"));
        caseId = store.beneficiaries().findByNik(Nik.of(NIK)).orElseThrow().id().toString();
    }

    @Test
    void aCaseWorkerGetsTheRecordAsJsonOnStandardOutputMasked() throws IOException {
        Cli.Result result =
                cli.run("privacy", "export", caseId, "--db", db(), "--actor", "dinsos-5202:CASE_WORKER:REGENCY=52.02");

        assertThat(result.code()).as(result.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(result.out());
        assertThat(doc.get("beneficiary").asText()).isEqualTo(caseId);
        assertThat(doc.get("identifiers").asText()).isEqualTo("MASKED");
        assertThat(doc.at("/case/person/nik").asText()).isEqualTo("************0001");
        assertThat(doc.get("accessLog").toString()).contains("privacy.export");
        assertThat(result.out()).doesNotContain(NIK);
    }

    @Test
    void aSupervisorWritesTheSummaryToAFileReadableByItsOwnerOnlyWithIdentifiersWhole() throws IOException {
        Path file = dir.resolve("rekam.md");

        Cli.Result result = cli.run(
                "privacy",
                "export",
                caseId,
                "--format",
                "text",
                "--out",
                file.toString(),
                "--db",
                db(),
                "--actor",
                "sup-52:SUPERVISOR:PROVINCE=52");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("wrote the record of case " + caseId, "whole identifiers");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .startsWith("# Rekam data pribadi (Personal data record)")
                .contains("- NIK: " + NIK, "## Identitas (Identity)", "Siti Aminah");
    }

    @Test
    void anOfficerOutsideTheJurisdictionIsRefusedAndNoFileIsWritten() {
        Path file = dir.resolve("rekam.json");

        Cli.Result result = cli.run(
                "privacy",
                "export",
                caseId,
                "--out",
                file.toString(),
                "--db",
                db(),
                "--actor",
                "dinsos-5301:CASE_WORKER:REGENCY=53.01");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("access.denied");
        assertThat(file).doesNotExist();
    }
}
