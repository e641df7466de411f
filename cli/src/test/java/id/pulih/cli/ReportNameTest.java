package id.pulih.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.Pulih;
import id.pulih.Reports;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.examples.demo.SeedDemo;
import id.pulih.shared.PersonName;
import id.pulih.store.memory.InMemoryStore;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** The reports over the demo's data, in memory: what the command prints once the JDBC store counts them too. */
class ReportNameTest {
    private static Reports national;

    @BeforeAll
    static void replayTheDemo() {
        InMemoryStore store = new InMemoryStore();
        SeedDemo.run(store, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        national = Pulih.builder()
                .store(store)
                .build()
                .as(Actor.of("hq-01", PersonName.of("Petugas Pulih"), Role.AUDITOR, Jurisdiction.national()))
                .reports();
    }

    private static String table(ReportName name) {
        StringWriter text = new StringWriter();
        Format.TABLE.write(name.table(national), new PrintWriter(text, true));
        return text.toString();
    }

    @Test
    void grantsShowWhatWasPaidInRupiah() {
        assertThat(table(ReportName.GRANTS)).contains("Rp 326.400.000", "Rp 144.000.000", "Rp 225.000.000");
    }

    @Test
    void sheltersShowTheFourShelters() {
        assertThat(table(ReportName.SHELTERS))
                .contains("RPTC-BAMBU-APUS", "RPTC-TANJUNG-PINANG", "POS-PONTIANAK", "BALAI-MULYA-JAYA");
    }

    @Test
    void everyReportHasRowsAfterTheDemo() {
        for (ReportName name : ReportName.values()) {
            assertThat(name.table(national).rows()).as(name.label()).isNotEmpty();
        }
    }

    @Test
    void namesAreReadAsTypedOrAsConstants() {
        ReportName.Converter converter = new ReportName.Converter();

        assertThat(converter.convert("origin-province")).isEqualTo(ReportName.ORIGIN_PROVINCE);
        assertThat(converter.convert("RETURN_YEAR")).isEqualTo(ReportName.RETURN_YEAR);
        assertThatThrownBy(() -> converter.convert("occupancy"))
                .isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("origin-province, origin-regency, return-year");
    }
}
