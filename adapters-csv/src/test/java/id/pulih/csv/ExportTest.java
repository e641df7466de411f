package id.pulih.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.Desk;
import id.pulih.Pulih;
import id.pulih.access.AccessDeniedException;
import id.pulih.csv.BeneficiaryExport.Disclosure;
import id.pulih.report.RegionRow;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.RegionCode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {
    private static final Pattern WHOLE_IDENTIFIER = Pattern.compile("\\d{16}");

    private final Pulih pulih = Officers.pulih();
    private final Desk hq = pulih.as(Officers.HQ);

    private BeneficiaryId siti() {
        return hq.cases()
                .register(Seed.intake("Siti Aminah")
                        .nik("5202014507900001")
                        .familyCardNumber("5202010101100001")
                        .phone("081234567890")
                        .entryPoint("=HYPERLINK(\"http://x\")")
                        .build())
                .beneficiary()
                .id();
    }

    @Test
    void masksIdentifiersByDefaultAndNeutralisesFormulas() {
        StringWriter out = new StringWriter();

        BeneficiaryExport.of(pulih).write(Officers.HQ, List.of(siti()), out, Disclosure.MASKED, ';');

        assertThat(WHOLE_IDENTIFIER.matcher(out.toString()).find()).isFalse();
        assertThat(out.toString()).contains("************0001").contains(";\"'=HYPERLINK(\"\"http://x\"\")\";");
    }

    @Test
    void writesIdentifiersOnlyForASupervisorWhoCoversTheCaseAndLogsThePurposeOfEach() {
        BeneficiaryId siti = siti();
        StringWriter out = new StringWriter();

        BeneficiaryExport.of(pulih)
                .write(Officers.HQ_SUPERVISOR, List.of(siti), out, Disclosure.identified("BPJS PBI-JKN list"), ',');

        assertThat(out.toString()).contains("5202014507900001").contains("081234567890");
        assertThat(pulih.store().accessLog().forBeneficiary(siti))
                .filteredOn(e -> e.action().equals("case.disclose"))
                .singleElement()
                .satisfies(e -> assertThat(e.purpose()).hasValue("BPJS PBI-JKN list"));
    }

    /** Issue 13, path 4: before, an auditor and any case worker got every whole identifier in their scope. */
    @Test
    void refusesAnIdentifiedExportToAnAuditorACaseWorkerAndAnOfficerOutsideTheJurisdiction() {
        BeneficiaryId siti = siti();
        for (var officer : List.of(Officers.AUDITOR, Officers.HQ, Officers.KUPANG)) {
            StringWriter out = new StringWriter();
            assertThatThrownBy(() -> BeneficiaryExport.of(pulih)
                            .write(officer, List.of(siti), out, Disclosure.identified("curiosity"), ','))
                    .as(officer.id())
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(WHOLE_IDENTIFIER.matcher(out.toString()).find()).isFalse();
        }
    }

    @Test
    void writesReportRowsWithSnakeCaseHeaders() {
        StringWriter out = new StringWriter();

        ReportExport.write(
                List.of(new RegionRow(RegionCode.of("52"), "=NUSA TENGGARA BARAT", 490)), RegionRow.class, out, ';');

        assertThat(out.toString()).isEqualTo("code;name;count\r\n52;'=NUSA TENGGARA BARAT;490\r\n");
    }

    @Test
    void writesEveryReportToItsOwnFile(@TempDir Path dir) throws IOException {
        siti();

        List<Path> files = ReportExport.of(pulih).writeAll(Officers.HQ, dir, ';');

        assertThat(files).hasSize(9).allSatisfy(f -> assertThat(f).exists());
        assertThat(Files.readString(dir.resolve("beneficiaries-by-province.csv")))
                .startsWith("\uFEFFcode;name;count\r\n52;");
        assertThat(Files.readString(dir.resolve("overdue-follow-ups.csv")))
                .isEqualTo("\uFEFFoverdue_follow_ups\r\n0\r\n");
    }
}
