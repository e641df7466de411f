package id.pulih.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.Pulih;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Control bytes offices' files really carry (issue 13, small defects): a DOS end-of-file mark (Ctrl-Z) after the last
 * row is no row at all; a NUL byte refuses only its row, wherever it sits; binary data after the header is reported at
 * its line, and the good rows are kept.
 */
class ControlBytesTest {
    private static final String HEADER = "name,sex,birth_date,region_code,return_country,return_date\r\n";

    private final Pulih pulih = Officers.pulih();

    private static String row(String name) {
        return name + ",P,05/07/1990,52.02.01,MY,01/03/2020\r\n";
    }

    private ImportReport importBytes(byte[] bytes) {
        return BeneficiaryImport.of(pulih)
                .importFrom(Officers.HQ, new ByteArrayInputStream(bytes), ImportOptions.defaults());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aTrailingCtrlZIsIgnored() {
        ImportReport report = importBytes(utf8(HEADER + row("Siti Aminah") + row("Baiq Nurul") + "\u001A"));

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.rejected()).isZero();
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void aTrailingCtrlZAfterARowWithoutLineEndIsIgnoredToo() {
        ImportReport report =
                importBytes(utf8(HEADER + row("Siti Aminah") + "Baiq Nurul,P,05/07/1990,52.02.01,MY,01/03/2020\u001A"));

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void aNulByteRefusesOnlyItsRowWhereverItSits() {
        String[] rows = {
            "\u0000Siti Aminah,P,05/07/1990,52.02.01,MY,01/03/2020\r\n",
            "Siti Aminah,P,05/07/1990,52.02.01,MY,01/03/2020\u0000\r\n",
            "Siti Ami\u0000nah,P,05/07/1990,52.02.01,MY,01/03/2020\r\n",
            "Siti Aminah,P,05/07/1990,52.02.01,M\u0000Y,01/03/2020\r\n"
        };
        for (String bad : rows) {
            Pulih fresh = Officers.pulih();
            ImportReport report = BeneficiaryImport.of(fresh)
                    .importFrom(
                            Officers.HQ,
                            new ByteArrayInputStream(utf8(HEADER + row("Baiq Nurul") + bad + row("Lalu Ahmad"))),
                            ImportOptions.defaults());

            assertThat(report.imported()).as(bad).isEqualTo(2);
            assertThat(report.errors())
                    .as(bad)
                    .singleElement()
                    .satisfies(e -> assertThat(e.line()).isEqualTo(3));
        }
    }

    @Test
    void controlBytesAfterTheHeaderRefuseTheirLineAndTheGoodRowsAreKept() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8(HEADER + row("Baiq Nurul")));
        bytes.writeBytes(new byte[] {0x00, 0x01, 0x02, 0x03, 'P', 'K', 0x1A, 0x7F, 0x0D, 0x0A});
        bytes.writeBytes(utf8(row("Lalu Ahmad")));

        ImportReport report = importBytes(bytes.toByteArray());

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.code()).isEqualTo("csv.binary");
        });
    }

    @Test
    void bytesThatAreNotTheFilesEncodingAfterTheHeaderNameTheirLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8(HEADER + row("Baiq Nurul")));
        bytes.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A});
        bytes.writeBytes(utf8(row("Lalu Ahmad")));

        assertThatThrownBy(() -> importBytes(bytes.toByteArray()))
                .isInstanceOfSatisfying(CsvImportException.class, e -> {
                    assertThat(e.code()).isEqualTo("csv.encoding");
                    assertThat(e.getMessage()).contains("near line 3");
                });
        assertThat(pulih.store().beneficiaries().count()).isZero();
    }
}
