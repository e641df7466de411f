package id.pulih.csv;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.Pulih;
import id.pulih.shared.TextLimit;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, path 5 as an import meets it: one cell longer than its field's declared maximum refuses its row alone, at
 * its line and column, and the thousand good rows around it are kept.
 */
class LongCellImportTest {
    private static final String HEADER = "name,sex,birth_date,region_code,return_country,return_date,entry_point\n";

    private final Pulih pulih = Officers.pulih();

    private static String row(int i, String entryPoint) {
        return "Warga " + Names.letters(i) + ",P,05/07/1990,52.02.01,MY,01/03/2020," + entryPoint + "\n";
    }

    @Test
    void anEntryPointOverItsLimitRefusesOnlyItsRowAtItsLineAndColumn() {
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 1_000; i++) {
            file.append(row(i, "Tanjung Pinang"));
            if (i == 499) {
                file.append(row(5_000, "x".repeat(1_200)));
            }
        }

        ImportReport report = BeneficiaryImport.of(pulih)
                .importFrom(
                        Officers.HQ,
                        new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)),
                        ImportOptions.defaults());

        assertThat(report.imported()).isEqualTo(1_000);
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(pulih.store().beneficiaries().count()).isEqualTo(1_000);
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(502);
            assertThat(e.column()).isEqualTo("entry_point");
            assertThat(e.code()).isEqualTo("text.length");
            assertThat(e.message())
                    .contains(String.valueOf(TextLimit.NAME.max()))
                    .doesNotContain("xxxxxxxxxx");
        });
    }

    @Test
    void anEntryPointAtItsLimitIsKept() {
        String file = HEADER + row(1, "x".repeat(TextLimit.NAME.max()));

        ImportReport report = BeneficiaryImport.of(pulih)
                .importFrom(
                        Officers.HQ,
                        new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                        ImportOptions.defaults());

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.errors()).isEmpty();
    }
}
