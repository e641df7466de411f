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
            "",
            "The embedded database gets a keyset beside it (pulih-data/pulih.keyset, owner-only): every",
            "identifier, name, birth date and free text is stored encrypted with it. Back it up: without it",
            "the data cannot be read. A server database is encrypted with the keyset --keyset or",
            "PULIH_KEYSET names (created when missing), else it is stored plain.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  pulih init",
            "      the embedded H2 file ./pulih-data/pulih",
            "  PULIH_DB_PASSWORD=... pulih init --db-user pulih \\",
            "      --db jdbc:postgresql://localhost/pulih",
            "  pulih init --db jdbc:postgresql://db.example/pulih --db-password",
            "      asks for the password",
            "  pulih init --db jdbc:postgresql://db.example/pulih --keyset /etc/pulih/pulih.keyset",
            "      encrypted with the keyset there (created when missing)"
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
            db.createdKeyset().ifPresent(keyset -> {
                out.println("Created the keyset " + keyset + " (readable by its owner only).");
                out.println("Back it up now, apart from the database: without it nothing encrypted can be read.");
            });
            out.println(
                    db.keys().isPresent()
                            ? "Encrypted at rest with " + db.keys().get().path()
                            : "Stored plain: give --keyset (or PULIH_KEYSET) to encrypt it");
            out.flush();
        }
    }
}
