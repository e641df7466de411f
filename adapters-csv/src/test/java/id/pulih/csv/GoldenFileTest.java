package id.pulih.csv;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.Pulih;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A realistic provincial spreadsheet: semicolons, a byte order mark, a title row, Indonesian headers, three date
 * styles, a quoted field with a separator and one with a line break, CRLF, a formula in a cell, and bad rows.
 */
class GoldenFileTest {
    // Run with -Dgolden.update=true to rewrite the expected files after a deliberate change; review the diff.
    private static final Path DIR = Paths.get("src/test/resources/golden");

    @Test
    void importsTheGoodRowsAndReportsTheBadOnesAsExpected() throws IOException {
        Pulih pulih = Officers.pulih();
        ImportReport report = BeneficiaryImport.of(pulih)
                .importFile(Officers.HQ, DIR.resolve("ntb-2020.csv"), ImportOptions.defaults());

        String actual = report.summary() + "\n"
                + report.errors().stream()
                        .map(e -> e.line() + ";" + e.column() + ";" + e.field() + ";" + e.code() + ";" + e.message())
                        .collect(Collectors.joining("\n"))
                + "\n";
        Path expected = DIR.resolve("ntb-2020.expected-report.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(expected));
        assertThat(pulih.store().beneficiaries().count()).isEqualTo(report.imported());
    }

    @Test
    void writesTheErrorFileTheOfficeCanFix() throws IOException {
        ImportReport report = BeneficiaryImport.of(Officers.pulih())
                .importFile(Officers.HQ, DIR.resolve("ntb-2020.csv"), ImportOptions.defaults());
        StringWriter out = new StringWriter();
        report.writeErrors(out);
        Path expected = DIR.resolve("ntb-2020.expected-errors.csv");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, out.toString());
        }
        assertThat(out.toString()).isEqualTo(new String(Files.readAllBytes(expected), StandardCharsets.UTF_8));
    }
}
