package id.pulih.cli;

import id.pulih.examples.demo.SeedDemo;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pulih demo}: the seed events replayed on a fresh database, with the account printed. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Replay the seed events on a new database and print the account.",
            "",
            "The 2019 guidance programmes in Lombok and Kupang with their stimulus",
            "grants (a few transfers rejected, corrected and paid again), the four",
            "shelters of 2020 (4,340 returned home, 157 still in them), reintegration",
            "plans and follow-up visits. The people are generated with a fixed seed:",
            "no real person's data.",
            "",
            "Without --db the database is a new H2 file under",
            "./pulih-data/demo-<timestamp>; a database given with --db must be empty.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  pulih demo",
            "  pulih demo --db jdbc:h2:file:/tmp/pulih-demo/pulih",
            "  pulih report shelters --db <the URL it printed> \\",
            "      --actor hq-01:CASE_WORKER:NATIONAL"
        })
final class DemoCommand implements Runnable {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @ParentCommand
    PulihCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Override
    public void run() {
        Environment environment = root.environment();
        String stamp = LocalDateTime.now(environment.clock()).format(STAMP);
        Path fresh = environment
                .workingDirectory()
                .resolve("pulih-data")
                .resolve("demo-" + stamp)
                .resolve("pulih");
        PrintWriter out = spec.commandLine().getOut();
        // new unless --db names one: db.url in the settings is the officer's real database, never the demo's
        try (Database db = database.open(environment, Settings.empty(), Database.h2File(fresh), true);
                PrintStream account = new PrintStream(new WriterStream(out), true, StandardCharsets.UTF_8)) {
            SeedDemo.run(db.store(), account);
            account.flush();
            out.println();
            out.println("Database: " + db.url());
            out.println("Look at it: ./pulih report shelters --db " + db.url() + " --actor hq-01:CASE_WORKER:NATIONAL");
            out.flush();
        }
    }
}
