package id.pulih.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pulih init}: creates a database, or migrates an existing one to this version's schema. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Create a Pulih database, or migrate one to this version's schema.",
            "",
            "Safe to run again: a database already up to date is left as it is.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  pulih init",
            "      the embedded H2 file ./pulih-data/pulih",
            "  PULIH_DB_PASSWORD=... pulih init --db-user pulih \\",
            "      --db jdbc:postgresql://localhost/pulih",
            "  pulih init --db jdbc:postgresql://db.example/pulih --db-password",
            "      asks for the password"
        })
final class InitCommand implements Runnable {
    @ParentCommand
    PulihCommand root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Override
    public void run() {
        String fallback = Database.h2File(
                root.environment().workingDirectory().resolve("pulih-data").resolve("pulih"));
        try (Database db = database.open(root.environment(), root.settings(), fallback, true)) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("Pulih database ready (" + (db.store().isPostgres() ? "PostgreSQL" : "H2") + "): " + db.url());
            out.flush();
        }
    }
}
