package id.pulih.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root of the command tree. Subcommands that move data in and out of Pulih (CSV {@code import} and {@code
 * export}) join {@link #subcommands} beside {@code report}, reusing {@link DatabaseOptions} and {@link ActorOptions}.
 */
@Command(
        name = "pulih",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        subcommands = {
            InitCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            ReportCommand.class,
            PrivacyCommand.class,
            KeysCommand.class,
            DemoCommand.class,
            HelpCommand.class
        },
        description = "Case management for Indonesian trafficking victims returned home (WNI-M KPO).",
        footerHeading = "%nExamples:%n",
        footer = {
            "  pulih demo                   replay the seed events on a new database",
            "  pulih init                   create or migrate ./pulih-data/pulih (H2)",
            "  pulih import beneficiaries ntb-2020.csv --actor dinsos-52:CASE_WORKER:PROVINCE=52",
            "  pulih export beneficiaries ntb.csv --actor dinsos-52:CASE_WORKER:PROVINCE=52",
            "  pulih report shelters --actor hq-01:CASE_WORKER:NATIONAL",
            "  pulih privacy export <case id> --out rekam.json --actor dinsos-52:CASE_WORKER:PROVINCE=52",
            "  pulih keys rotate            a new master key for the embedded database's keyset",
            "  pulih help report            more on one command",
            "",
            "Settings: ./pulih.properties, then ~/.pulih/pulih.properties, with the",
            "keys actor.id, actor.name, actor.role, actor.jurisdiction, db.url, db.user, keyset.",
            "The database password only from PULIH_DB_PASSWORD or a prompt; the file",
            "password of an H2 file encrypted with ;CIPHER=AES from PULIH_DB_FILE_PASSWORD.",
            "",
            "Exit codes: 0 done; 1 Pulih refused (data or database, message and code on",
            "one line); 2 wrong command line or settings; 3 unexpected failure (run",
            "again with --verbose for the stack trace)."
        })
final class PulihCommand implements Runnable {
    private final Environment environment;
    private Settings settings;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--verbose",
            scope = ScopeType.INHERIT,
            description = "On failure, print the stack trace after the one-line message.")
    boolean verbose;

    PulihCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: init, import, export, report or demo");
    }

    Environment environment() {
        return environment;
    }

    /** What a command does with an open Pulih, as an officer; answers the exit code. */
    interface Work {
        int run(id.pulih.Pulih pulih, id.pulih.access.Actor actor);
    }

    /**
     * Runs work as the acting officer on the database the options name (the embedded default when none), closing it
     * afterwards. Import, export and report share this.
     */
    int onDatabase(ActorOptions acting, DatabaseOptions database, Work work) {
        id.pulih.access.Actor actor = acting.actor(settings());
        String fallback = Database.h2File(
                environment.workingDirectory().resolve("pulih-data").resolve("pulih"));
        try (Database db = database.open(environment, settings(), fallback, false)) {
            return work.run(id.pulih.Pulih.builder().store(db.store()).build(), actor);
        }
    }

    /** The settings files, read once. */
    Settings settings() {
        if (settings == null) {
            settings = Settings.load(environment);
        }
        return settings;
    }
}
