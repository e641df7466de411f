package id.pulih.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.Desk;
import id.pulih.Pulih;
import id.pulih.csv.BeneficiaryExport.Disclosure;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.PaymentBatch;
import id.pulih.guidance.Programme;
import id.pulih.shared.BeneficiaryId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file the CSV adapter writes holds victims' data: each is readable by its owner only. */
class PrivateOutputTest {
    private static final String HEADER = "nik,name,sex,birth_date,region_code,return_country,return_date\n";

    private final Pulih pulih = Officers.pulih();
    private final Desk hq = pulih.as(Officers.HQ);

    @TempDir
    Path dir;

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private ImportReport reportWithARefusedRow() {
        return BeneficiaryImport.of(pulih)
                .importFrom(
                        Officers.HQ,
                        new ByteArrayInputStream(
                                (HEADER + "9902014507900001,Siti,P,05/07/1990,52.02.01,MY,01/03/2020\n")
                                        .getBytes(StandardCharsets.UTF_8)),
                        ImportOptions.defaults());
    }

    @Test
    void theErrorFileIsReadableByItsOwnerOnly() throws IOException {
        Path errors = dir.resolve("ntb.errors.csv");

        reportWithARefusedRow().writeErrors(errors);

        assertThat(mode(errors)).isEqualTo("rw-------");
        assertThat(Files.readString(errors, StandardCharsets.UTF_8)).contains("nik.province");
    }

    @Test
    void anErrorFileThatCannotBeWrittenIsATypedRefusal() throws IOException {
        Path taken = Files.createDirectory(dir.resolve("ntb.errors.csv")); // a folder of that name: never writable
        ImportReport report = reportWithARefusedRow();

        assertThatThrownBy(() -> report.writeErrors(taken))
                .isInstanceOfSatisfying(
                        CsvImportException.class, e -> assertThat(e.code()).isEqualTo("csv.error-file"))
                .hasMessageContaining(taken.toString());
        assertThatThrownBy(() -> ImportReport.checkErrorFile(taken))
                .isInstanceOfSatisfying(
                        CsvImportException.class, e -> assertThat(e.code()).isEqualTo("csv.error-file"));
    }

    @Test
    void checkingTheErrorFileWritesNothing() {
        Path errors = dir.resolve("ntb.errors.csv");

        ImportReport.checkErrorFile(errors);

        assertThat(errors).doesNotExist();
    }

    @Test
    void exportsPaymentFilesAndReportsAreReadableByTheirOwnerOnly() throws IOException {
        BeneficiaryId siti = hq.cases()
                .register(Seed.intake("Siti Aminah").build())
                .beneficiary()
                .id();
        Programme praya = Seed.programme(hq);
        GrantScheme scheme = Seed.scheme(hq, praya);
        Seed.awardAndDisburse(hq, scheme, Seed.participants(hq, praya, 2, true));
        PaymentBatch batch = hq.grants().prepareBatches(scheme.id(), 100).get(0);
        Path export = dir.resolve("identified.csv");
        Path payments = dir.resolve("bri.csv");
        Path reports = Files.createDirectory(dir.resolve("laporan"));

        BeneficiaryExport.of(pulih)
                .write(Officers.HQ_SUPERVISOR, List.of(siti), export, Disclosure.identified("a case file"), ';');
        PaymentBatchFile.of(pulih).write(Officers.HQ, batch.id(), payments, ',');
        List<Path> written = ReportExport.of(pulih).writeAll(Officers.HQ, reports, ';');

        assertThat(mode(export)).isEqualTo("rw-------");
        assertThat(mode(payments)).isEqualTo("rw-------");
        assertThat(written).isNotEmpty();
        for (Path report : written) {
            assertThat(mode(report)).as(report.toString()).isEqualTo("rw-------");
        }
    }
}
