package id.pulih.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PulihCommandTest {
    private static final String NATIONAL = "hq-01:CASE_WORKER:NATIONAL";

    @TempDir
    Path dir;

    private String db() {
        return "jdbc:h2:file:" + dir.resolve("db").resolve("pulih");
    }

    @Test
    void initCreatesTheDatabaseAndRunsAgainHarmlessly() {
        Cli cli = new Cli(dir);

        Cli.Result first = cli.run("init", "--db", db());
        Cli.Result again = cli.run("init", "--db", db());

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("Pulih database ready (H2): " + db());
        assertThat(first.err()).isEmpty();
        assertThat(again.code()).as(again.err()).isZero();
    }

    @Test
    void initWithoutDbCreatesTheEmbeddedFileUnderTheWorkingDirectory() {
        Cli.Result result = new Cli(dir).run("init");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(dir.resolve("pulih-data").resolve("pulih.mv.db")).exists();
    }

    @Test
    void reportOnAnEmptyDatabasePrintsTheHeaderAndNoRows() {
        Cli cli = new Cli(dir);
        assertThat(cli.run("init", "--db", db()).code()).isZero();

        Cli.Result table = cli.run("report", "shelters", "--db", db(), "--actor", NATIONAL);
        Cli.Result csv = cli.run("report", "origin-province", "--db", db(), "--actor", NATIONAL, "--format", "csv");
        Cli.Result json = cli.run("report", "grants", "--db", db(), "--actor", NATIONAL, "--format", "JSON");

        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out()).contains("code", "stillIn", "returnedHome", "(no rows)");
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(csv.out()).isEqualTo("code,name,count\r\n");
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out().strip()).isEqualTo("[ ]");
    }

    @Test
    void everyReportRunsOnAnEmptyDatabase() {
        Cli cli = new Cli(dir);
        assertThat(cli.run("init", "--db", db()).code()).isZero();

        for (ReportName name : ReportName.values()) {
            Cli.Result result = cli.run("report", name.label(), "--db", db(), "--actor", NATIONAL);
            assertThat(result.code()).as(name + ": " + result.err()).isZero();
        }
    }

    @Test
    void demoReplaysTheSeedEventsAndPrintsTheFigures() {

        Cli.Result result = new Cli(dir).run("demo", "--db", db());

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("Rp 470.400.000", "Rp 225.000.000", "Database: " + db());
        assertThat(result.err()).isEmpty();
    }

    @Test
    void demoWithoutDbUsesANewFolderNamedByTheTime() {

        Cli.Result result = new Cli(dir).run("demo");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(dir.resolve("pulih-data/demo-20260102-100405/pulih.mv.db")).exists();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--no-such-option",
                "report",
                "report no-such-report --actor hq-01:CASE_WORKER:NATIONAL",
                "report shelters --format xml --actor hq-01:CASE_WORKER:NATIONAL",
                "init --db",
                "init --db jdbc:mysql://localhost/pulih",
                "init --db-password=secret",
                "demo extra"
            })
    void usageErrorsExitTwoWithOneLine(String line) {
        Cli.Result result = new Cli(dir).run(line.split(" "));

        assertThat(result.code()).as(result.err()).isEqualTo(2);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).startsWith("pulih: ").doesNotContain("Exception");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void withoutACommandItSaysWhichOnesThereAre() {
        Cli.Result result = new Cli(dir).run();

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.errLines())
                .containsExactly("pulih: missing command: init, import, export, report or demo (see 'pulih --help')");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "hq-01",
                "hq-01:CASE_WORKER",
                "hq-01:BOSS:NATIONAL",
                "hq 01:CASE_WORKER:NATIONAL",
                ":CASE_WORKER:NATIONAL",
                "hq-01:CASE_WORKER:NATIONAL=52",
                "hq-01:CASE_WORKER:REGENCY=52",
                "hq-01:CASE_WORKER:REGENCY=99.99",
                "hq-01:CASE_WORKER:PROVINCE=52.02",
                "tpi-01:CASE_WORKER:SHELTER=not-a-uuid",
                "hq-01:CASE_WORKER:EVERYWHERE"
            })
    void aWrongActorIsAUsageError(String actor) {
        Cli.Result result = new Cli(dir).run("report", "shelters", "--db", db(), "--actor", actor);

        assertThat(result.code()).as(result.err()).isEqualTo(2);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).startsWith("pulih: Invalid value for option '--actor'");
    }

    @Test
    void everyJurisdictionFromTheIssueIsAccepted() {
        for (String actor : new String[] {
            "hq-01:CASE_WORKER:NATIONAL",
            "dinsos-52:SUPERVISOR:PROVINCE=52",
            "dinsos-5202:CASE_WORKER:REGENCY=52.02",
            "tpi-01:CASE_WORKER:SHELTER=0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
            "lks-ppk:auditor:PARTNER=LKS-PANCA-KARSA"
        }) {
            Cli.Result result = new Cli(dir).run("report", "shelters", "--db", db(), "--actor", actor);

            // no database there: the actor was accepted and the database refused
            assertThat(result.err()).as(actor).contains("[store.missing]");
        }
    }

    @Test
    void aReportNeedsAnActingOfficer() {
        Cli.Result result = new Cli(dir).run("report", "shelters", "--db", db());

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().startsWith("pulih: who is acting?");
    }

    @Test
    void aRefusalExitsOneWithTheMessageAndCodeOnOneLineAndNoStackTrace() {
        Cli.Result result = new Cli(dir).run("report", "outcomes", "--db", db(), "--actor", NATIONAL);

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.errLines())
                .containsExactly("pulih: there is no database at " + db() + "; create it with: pulih init --db " + db()
                        + " [store.missing]");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void anUnreachableDatabaseIsARefusalWithTheAdaptersCodeOnce() {
        Cli.Result result = new Cli(dir, Map.of(Environment.PASSWORD_VARIABLE, "not-used"))
                .run("init", "--db", "jdbc:postgresql://127.0.0.1:1/pulih?connectTimeout=2");

        assertThat(result.code()).as(result.err()).isEqualTo(1);
        assertThat(result.errLines())
                .singleElement()
                .asString()
                .startsWith("pulih: ")
                .endsWith("[store.unavailable]");
        assertThat(result.err()).doesNotContain("[store.unavailable] [store.unavailable]", "\tat ");
    }

    @Test
    void verboseAddsTheStackTrace() {
        Cli.Result result = new Cli(dir).run("report", "outcomes", "--db", db(), "--actor", NATIONAL, "--verbose");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.errLines().get(0)).endsWith("[store.missing]");
        assertThat(result.err()).contains("\tat ");
    }

    @Test
    void theActorAndDatabaseComeFromTheSettingsFiles() throws IOException {
        Files.createDirectories(dir.resolve("home/.pulih"));
        Files.writeString(
                dir.resolve("home/.pulih/pulih.properties"),
                "actor.id=dinsos-5202\nactor.name=Baiq Nurul\nactor.role=CASE_WORKER\n"
                        + "actor.jurisdiction=REGENCY=52.99\ndb.url=jdbc:h2:file:" + dir.resolve("nowhere") + "\n");
        // the working directory's file wins over the home directory's
        Files.writeString(dir.resolve("pulih.properties"), "actor.jurisdiction=REGENCY=52.02\n");

        Cli.Result result = new Cli(dir).run("report", "shelters");

        assertThat(result.code()).as(result.err()).isEqualTo(1);
        assertThat(result.err()).contains(dir.resolve("nowhere").toString(), "[store.missing]");
    }

    @Test
    void aWrongActorInTheSettingsIsAUsageError() throws IOException {
        Files.writeString(
                dir.resolve("pulih.properties"),
                "actor.id=dinsos-5202\nactor.role=CASE_WORKER\nactor.jurisdiction=REGENCY=52\n");

        Cli.Result result = new Cli(dir).run("report", "shelters", "--db", db());

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().startsWith("pulih: actor.* in pulih.properties:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "init --help", "report --help", "demo --help", "help report", "help demo"})
    void everyCommandsHelpShowsExamples(String line) {
        Cli.Result result = new Cli(dir).run(line.split(" "));

        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("Usage: pulih", "Examples:", "  pulih ");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void reportHelpNamesEveryReport() {
        String help = new Cli(dir).run("report", "--help").out();

        for (ReportName name : ReportName.values()) {
            assertThat(help).contains("  " + name.label() + " ");
        }
    }

    @Test
    void versionNamesTheRelease() {
        Cli.Result result = new Cli(dir).run("--version");

        assertThat(result.code()).isZero();
        assertThat(result.out()).startsWith("pulih 0.").doesNotContain("unknown", "${");
    }
}
