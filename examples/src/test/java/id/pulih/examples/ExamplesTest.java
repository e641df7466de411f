package id.pulih.examples;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.Pulih;
import id.pulih.beneficiary.CaseStatus;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example program runs and does what its Javadoc says. */
class ExamplesTest {
    private final ByteArrayOutputStream text = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8);

    @Test
    void theInMemoryExampleRegistersAdmitsAndSendsHome() {
        Pulih pulih = Pulih.inMemory();

        var id = InMemoryExample.run(pulih, out);

        assertThat(pulih.store().beneficiaries().find(id).orElseThrow().status())
                .isEqualTo(CaseStatus.REPATRIATED);
        assertThat(text.toString(StandardCharsets.UTF_8))
                .contains("refused: [", "nik.province", "origin.level")
                .doesNotContain("5202014507900001");
    }

    @Test
    void theH2ExampleKeepsItsDataInAFile(@TempDir Path dir) {
        assertThat(H2Example.run(dir.resolve("pulih"), out)).isEqualTo(1);
        assertThat(dir.resolve("pulih.mv.db")).exists();
    }

    @Test
    void thePostgresExampleRunsOnARealServer() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            var rows = PostgresExample.run(pg.getPostgresDatabase(), out);

            assertThat(rows).singleElement().satisfies(r -> assertThat(r.name()).isEqualTo("Nusa Tenggara Barat"));
        }
    }
}
