package id.pulih.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pulih export statistics} on a temporary H2 database filled by an import. */
class StatisticsCommandTest {
    private static final String NATIONAL = "hq-01:CASE_WORKER:NATIONAL";

    @TempDir
    Path dir;

    private String db() {
        return "jdbc:h2:file:" + dir.resolve("db").resolve("pulih");
    }

    /** 12 women of Lombok Tengah born 1990 and back from Malaysia in 2020, and 2 men from Kupang. */
    private Cli imported() throws IOException {
        Cli cli = new Cli(dir);
        cli.run("init", "--db", db());
        StringBuilder csv =
                new StringBuilder("NIK;Nama;Jenis Kelamin;Tanggal Lahir;Kode Wilayah;Negara;Tanggal Kembali\r\n");
        for (int i = 0; i < 14; i++) {
            boolean man = i >= 12;
            csv.append(";Siti ")
                    .append((char) ('A' + i))
                    .append(man ? ";L;" : ";P;")
                    .append(String.format("%02d/07/1990;", i + 1))
                    .append(man ? "53.01" : "52.02.01")
                    .append(";MY;01/03/2020\r\n");
        }
        Path file = dir.resolve("people.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Cli.Result done = cli.run("import", "beneficiaries", file.toString(), "--db", db(), "--actor", NATIONAL);
        assertThat(done.code()).as(done.out() + done.err()).isZero();
        return cli;
    }

    @Test
    void writesCsvToAFileAndSaysWhatWasKeptAndSuppressed() throws IOException {
        Cli cli = imported();
        Path out = dir.resolve("statistik.csv");

        Cli.Result r = cli.run(
                "export", "statistics", "--format", "csv", "--out", out.toString(), "--db", db(), "--actor", NATIONAL);

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote 12 of 14 people (k = 11): 12 as recorded, 0 generalised, 2 suppressed");
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("prs_Gender;ageBroad;prs_Citizenship");
        assertThat(csv.lines()).hasSize(13);
        assertThat(csv).contains("Feminine;25--29;IDN;").doesNotContain("Siti", "1990");
    }

    @Test
    void writesJsonToStandardOutputAndTheCountsToTheErrorStream() throws IOException {
        Cli cli = imported();

        Cli.Result r =
                cli.run("export", "statistics", "--format", "json", "--k", "13", "--db", db(), "--actor", NATIONAL);

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.at("/summary/k").asInt()).isEqualTo(13);
        assertThat(doc.at("/summary/suppressed").asInt()).isEqualTo(14);
        assertThat(doc.get("rows")).isEmpty();
        assertThat(r.err()).contains("0 of 14 people (k = 13)");
    }

    @Test
    void refusesAnUnknownFormatAndAKOfOne() throws IOException {
        Cli cli = imported();

        Cli.Result xml = cli.run("export", "statistics", "--format", "xml", "--db", db(), "--actor", NATIONAL);
        Cli.Result one = cli.run("export", "statistics", "--k", "1", "--db", db(), "--actor", NATIONAL);

        assertThat(xml.code()).isNotZero();
        assertThat(xml.err()).contains("--format must be csv or json");
        assertThat(one.code()).isNotZero();
        assertThat(one.err()).contains("statistics.k");
    }

    @Test
    void reportPublishShowsSmallCountsAsBelowTheThreshold() throws IOException {
        Cli cli = imported();

        Cli.Result plain = cli.run("report", "origin-regency", "--db", db(), "--actor", NATIONAL);
        Cli.Result published = cli.run("report", "origin-regency", "--publish", "--db", db(), "--actor", NATIONAL);
        Cli.Result lower =
                cli.run("report", "origin-regency", "--publish", "--threshold", "2", "--db", db(), "--actor", NATIONAL);
        Cli.Result alone = cli.run("report", "origin-regency", "--threshold", "2", "--db", db(), "--actor", NATIONAL);

        assertThat(plain.out()).containsPattern("53\\.01 .* 2\\R");
        assertThat(published.code()).as(published.err()).isZero();
        // Kupang's 2 are withheld, and with them Lombok Tengah's 12, which the total of 14 would otherwise give away
        assertThat(published.out()).containsPattern("53\\.01 .* <11\\R").containsPattern("52\\.02 .* x\\R");
        assertThat(lower.out()).containsPattern("53\\.01 .* 2\\R").containsPattern("52\\.02 .* 12\\R");
        assertThat(alone.code()).isNotZero();
        assertThat(alone.err()).contains("--threshold goes with --publish");
    }
}
