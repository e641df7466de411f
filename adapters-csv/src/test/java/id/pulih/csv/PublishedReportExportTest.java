package id.pulih.csv;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.Pulih;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.IntakeFormBuilder;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.report.publication.SmallCells;
import id.pulih.shared.Sex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedReportExportTest {
    @TempDir
    Path dir;

    @Test
    void writesEveryReportWithSmallCellsWithheld() throws IOException {
        Pulih pulih = Officers.pulih();
        String[] origins = {"52.01", "52.01", "52.01"};
        for (int i = 0; i < 35; i++) {
            pulih.as(Officers.HQ)
                    .cases()
                    .register(new IntakeFormBuilder()
                            .name("Siti " + (char) ('A' + i % 26) + (char) ('a' + i / 26))
                            .sex(Sex.FEMALE)
                            .birthDate(LocalDate.of(1990, 1 + i % 12, 1 + i % 28))
                            .documentStatus(DocumentStatus.LOST)
                            .originRegion(i < origins.length ? origins[i] : i < 15 ? "52.02" : "52.03")
                            .returnCountry("MY")
                            .returnDate(LocalDate.of(2020, 3, 1))
                            .returnMode(ReturnMode.DEPORTED)
                            .build());
        }

        var files = ReportExport.of(pulih).writeAllPublished(Officers.HQ, dir, ';', SmallCells.DEFAULT_THRESHOLD);

        assertThat(files).hasSize(9);
        String regencies = Files.readString(dir.resolve("beneficiaries-by-regency.csv"), StandardCharsets.UTF_8);
        assertThat(regencies).startsWith("\uFEFFcode;name;count\r\n");
        assertThat(line(regencies, "52.01;")).endsWith(";<11");
        assertThat(line(regencies, "52.02;")).endsWith(";x");
        assertThat(line(regencies, "52.03;")).endsWith(";20");
        String provinces = Files.readString(dir.resolve("beneficiaries-by-province.csv"), StandardCharsets.UTF_8);
        assertThat(line(provinces, "52;")).endsWith(";35");
    }

    private static String line(String csv, String start) {
        return csv.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
    }
}
