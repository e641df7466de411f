package id.pulih.cli;

import id.pulih.jdbc.crypto.KeysetFile;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pulih keys}: the keys of encryption at rest. {@code rotate} adds a new primary master key and re-wraps every
 * person's data key with it (no data is re-encrypted; the old master keys still open until retired); {@code retire}
 * removes the old master keys once every data key is re-wrapped; {@code encrypt} seals in place a database written
 * without keys, in chunks, and resumes where it stopped after a crash.
 */
@Command(
        name = "keys",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "The keys of encryption at rest: rotate, retire the old ones, encrypt a plain database.",
        subcommands = {KeysCommand.Rotate.class, KeysCommand.Retire.class, KeysCommand.Encrypt.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  pulih keys rotate             new master key, every data key re-wrapped",
            "  pulih keys retire             after the backups hold the rotated keyset",
            "  pulih keys encrypt            seal a database written without keys",
            "  pulih keys encrypt --db jdbc:postgresql://db.example/pulih --keyset /etc/pulih/pulih.keyset"
        })
final class KeysCommand {
    @ParentCommand
    PulihCommand root;

    /** The keyset file the options name, which must exist. */
    private java.nio.file.Path keyset(DatabaseOptions database) {
        java.nio.file.Path path = keysetPath(database);
        KeysetFile.load(path); // store.key-missing when it is not there, before anything changes
        return path;
    }

    private java.nio.file.Path keysetPath(DatabaseOptions database) {
        String url = database.chosen(root.settings(), fallback());
        return database.keysetPath(root.environment(), root.settings(), url)
                .orElseThrow(() -> new Settings.SettingsException(
                        "no keyset: name one with --keyset or " + Environment.KEYSET_VARIABLE));
    }

    private String fallback() {
        return Database.h2File(
                root.environment().workingDirectory().resolve("pulih-data").resolve("pulih"));
    }

    /** Opens the database with its keyset, which must exist, and runs {@code work} on it. */
    private int withKeys(DatabaseOptions database, PrintWriter out, KeysWork work) {
        keyset(database);
        try (Database db = database.open(root.environment(), root.settings(), fallback(), false)) {
            work.run(db, db.keys().orElseThrow(), out);
        }
        out.flush();
        return 0;
    }

    private interface KeysWork {
        void run(Database db, KeysetFile keys, PrintWriter out);
    }

    private static void rewrap(Database db, int chunk, PrintWriter out) {
        long rewrapped = db.store().rewrapDataKeys(chunk, n -> {});
        out.println("Re-wrapped " + rewrapped + " data keys with the primary master key");
    }

    /** Chunk sizes: at least 1. */
    private static int chunk(int value) {
        if (value < 1) {
            throw new Settings.SettingsException("--chunk: at least 1, not " + value);
        }
        return value;
    }

    /** What every {@code pulih keys} subcommand takes: the database and its keyset. */
    abstract static class Subcommand implements java.util.concurrent.Callable<Integer> {
        @ParentCommand
        KeysCommand keys;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        DatabaseOptions database;
    }

    /** {@code pulih keys rotate}. */
    @Command(
            name = "rotate",
            mixinStandardHelpOptions = true,
            description = {
                "Add a new primary master key to the keyset and re-wrap every person's data key with it,",
                "a chunk per transaction; no data is re-encrypted. The old master keys still open until",
                "'pulih keys retire'. Safe to run again after a crash."
            })
    static final class Rotate extends Subcommand {

        @Option(names = "--chunk", defaultValue = "1000", description = "Data keys per transaction (default 1000).")
        int chunk;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            int perTransaction = chunk(chunk);
            KeysetFile.load(keys.keyset(database)).rotate();
            return keys.withKeys(database, out, (db, rotated, o) -> {
                rewrap(db, perTransaction, o);
                o.println("Rotated: " + rotated.masterKeys() + " master keys in " + rotated.path()
                        + "; back it up, then run: pulih keys retire");
            });
        }
    }

    /** {@code pulih keys retire}. */
    @Command(
            name = "retire",
            mixinStandardHelpOptions = true,
            description = {
                "Re-wrap any data key still wrapped by an old master key, then remove the old master keys",
                "from the keyset. Run it once the backups hold the rotated keyset."
            })
    static final class Retire extends Subcommand {

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return keys.withKeys(database, out, (db, file, o) -> {
                rewrap(db, 1000, o);
                KeysetFile retired = file.retireOld();
                o.println("Retired the old master keys: " + retired.masterKeys() + " left in " + retired.path());
            });
        }
    }

    /** {@code pulih keys encrypt}. */
    @Command(
            name = "encrypt",
            mixinStandardHelpOptions = true,
            description = {
                "Seal in place a database written without keys: every person's identifiers, name, birth date",
                "and free text, a chunk of persons per transaction. It stays readable throughout, and a run",
                "stopped by a crash resumes where it stopped. Creates the keyset when there is none."
            })
    static final class Encrypt extends Subcommand {

        @Option(names = "--chunk", defaultValue = "500", description = "Persons per transaction (default 500).")
        int chunk;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            int perTransaction = chunk(chunk);
            java.nio.file.Path path = keys.keysetPath(database);
            if (!java.nio.file.Files.exists(path)) {
                KeysetFile.create(path);
                out.println("Created the keyset " + path + " (readable by its owner only).");
                out.println("Back it up now, apart from the database: without it nothing encrypted can be read.");
            }
            return keys.withKeys(database, out, (db, file, o) -> {
                PrintWriter err = spec.commandLine().getErr();
                long sealed = db.store().encryptInPlace(perTransaction, n -> {
                    err.println("  " + n + " persons sealed");
                    err.flush();
                });
                o.println("Sealed " + sealed + " persons; the database is encrypted at rest with " + file.path());
            });
        }
    }
}
