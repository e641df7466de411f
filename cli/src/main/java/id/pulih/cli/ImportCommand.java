package id.pulih.cli;

import id.pulih.Pulih;
import id.pulih.access.Actor;
import id.pulih.csv.AttendanceImport;
import id.pulih.csv.BankResultImport;
import id.pulih.csv.BeneficiaryImport;
import id.pulih.csv.ImportOptions;
import id.pulih.csv.ImportReport;
import id.pulih.csv.RowError;
import id.pulih.shared.ProgrammeId;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pulih import ...}: spreadsheets and bank files into the database. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Import a spreadsheet or a bank's result file.",
        subcommands = {
            ImportCommand.Beneficiaries.class,
            ImportCommand.Attendance.class,
            ImportCommand.BankResults.class
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  pulih import beneficiaries ntb-2020.csv --actor dinsos-52:CASE_WORKER:PROVINCE=52",
            "  pulih import attendance praya.csv --programme <programme id> --actor hq-01:CASE_WORKER:NATIONAL",
            "  pulih import bank-results bri-20191105.csv --actor hq-01:CASE_WORKER:NATIONAL",
            "  gunzip -c ntb-2020.csv.gz | pulih import beneficiaries - --actor hq-01:CASE_WORKER:NATIONAL"
        })
final class ImportCommand implements Runnable {
    @ParentCommand
    PulihCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "missing what to import: beneficiaries, attendance or bank-results");
    }

    /** Options every import shares. */
    abstract static class Common implements Callable<Integer> {
        /** How many refused cells an import prints before it points at the error file. */
        static final int SHOWN = 20;

        @ParentCommand
        ImportCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(
                index = "0",
                paramLabel = "FILE",
                description = "The CSV file (`;` or `,`, UTF-8 with or without BOM); - reads standard input (a pipe).")
        Path file;

        @Option(
                names = "--errors",
                paramLabel = "FILE",
                description = {
                    "Where the refused rows are written. Default: FILE.errors.csv beside the input; for standard",
                    "input or a pipe, stdin.errors.csv (or the pipe's name) in the working directory."
                })
        Path errors;

        @Option(
                names = "--charset",
                paramLabel = "CHARSET",
                description = "The file's encoding when it is not UTF-8, e.g. windows-1252.")
        Charset charset;

        @Mixin
        ActorOptions acting;

        @Mixin
        DatabaseOptions database;

        ImportOptions options() {
            ImportOptions options = ImportOptions.defaults();
            return charset == null ? options : options.withCharset(charset);
        }

        /** Whether this import writes an error file for its refused rows. */
        boolean writesErrorFile() {
            return true;
        }

        @Override
        public Integer call() {
            if (writesErrorFile()) {
                // before anything is imported: an error file that cannot be written fails the import with nothing
                // written, rather than after the commit with the refused rows lost
                ImportReport.checkErrorFile(errorFile());
            }
            return parent.root.onDatabase(
                    acting,
                    database,
                    (pulih, actor) -> run(
                            pulih,
                            actor,
                            spec.commandLine().getOut(),
                            spec.commandLine().getErr()));
        }

        abstract int run(Pulih pulih, Actor actor, PrintWriter out, PrintWriter err);

        /** Whether the rows come from standard input ({@code -}). */
        boolean standardInput() {
            return "-".equals(file.toString());
        }

        /**
         * Standard input, left open when the import closes what it read (the process owns it). Read when the command
         * runs, so that a caller that redirected it ({@link System#setIn}) is read.
         */
        static InputStream stdin() {
            return new FilterInputStream(System.in) {
                @Override
                public void close() {
                    // standard input belongs to the process
                }
            };
        }

        /**
         * Prints the summary, writes the error CSV beside the input when rows were refused or registered elsewhere; 1
         * when any were.
         */
        int finish(ImportReport report, PrintWriter out) {
            out.println(report.summary());
            if (report.rejected() == 0 && report.registeredElsewhere() == 0) {
                return 0;
            }
            Path errors = errorFile();
            report.writeErrors(errors);
            printRefused(report.errors(), out);
            if (report.rejected() > 0) {
                out.println("rows refused: " + report.rejected() + "; fix them in " + errors + " and import that file");
            }
            if (report.registeredElsewhere() > 0) {
                out.println("rows registered elsewhere: " + report.registeredElsewhere() + "; listed in " + errors
                        + " with a reference for the national office (case.elsewhere)");
            }
            return 1;
        }

        /**
         * Prints the first {@value #SHOWN} refused cells, one a line ({@code line 7, NIK: ... [nik.province]}), and how
         * many more there are: the office sees what to fix without opening the error file. The messages never hold a
         * whole identifier.
         */
        static void printRefused(List<RowError> errors, PrintWriter out) {
            errors.stream()
                    .limit(SHOWN)
                    .forEach(e -> out.println("  line " + e.line() + (e.column().isEmpty() ? "" : ", " + e.column())
                            + ": " + e.message() + " [" + e.code() + "]"));
            if (errors.size() > SHOWN) {
                out.println("  ... and " + (errors.size() - SHOWN) + " more");
            }
        }

        /** {@code --errors}, else beside a regular input file, else in the working directory. */
        Path errorFile() {
            if (errors != null) {
                return errors;
            }
            Path workingDirectory = parent.root.environment().workingDirectory();
            if (standardInput()) {
                return workingDirectory.resolve("stdin.errors.csv");
            }
            Path named = errorFile(file);
            return Files.exists(file) && !Files.isRegularFile(file)
                    ? workingDirectory.resolve(named.getFileName())
                    : named;
        }

        static Path errorFile(Path input) {
            String name = input.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String stem = dot > 0 ? name.substring(0, dot) : name;
            return input.resolveSibling(stem + ".errors.csv");
        }
    }

    /** {@code pulih import beneficiaries FILE}. */
    @Command(
            name = "beneficiaries",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = {
                "Import beneficiaries from a provincial spreadsheet.",
                "",
                "Headers in Indonesian or English (NIK, Nama/name, Jenis Kelamin/sex, Tanggal Lahir,",
                "Kode Wilayah, No HP, Negara, Tanggal Kembali, ...). Every good row is imported; every",
                "bad row is reported with its line, column and code, and written to FILE.errors.csv",
                "beside the input for the office to fix. Importing a file again imports nothing new.",
                "The error file is checked before anything is imported: if it cannot be written the",
                "import fails with csv.error-file and nothing is imported. The error file holds the",
                "rows as sent, identifiers included, and is readable by its owner only.",
                ""
            },
            footerHeading = "%nExamples:%n",
            footer = {
                "  pulih import beneficiaries ntb-2020.csv --actor dinsos-52:CASE_WORKER:PROVINCE=52",
                "  pulih import beneficiaries old.csv --charset windows-1252 --actor hq-01:CASE_WORKER:NATIONAL"
            },
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "0:every row imported or already there",
                "1:some rows refused or registered elsewhere (see the error file)"
            })
    static final class Beneficiaries extends Common {
        private static final int PROGRESS_EVERY = 10_000;

        @Override
        int run(Pulih pulih, Actor actor, PrintWriter out, PrintWriter err) {
            BeneficiaryImport imports = BeneficiaryImport.of(pulih);
            ImportReport report;
            try (ProgressLine progress = new ProgressLine(err, standardInput() ? -1 : size(file), PROGRESS_EVERY)) {
                ImportOptions options = options().withProgress(PROGRESS_EVERY, progress);
                report = standardInput()
                        ? imports.importFrom(actor, stdin(), options)
                        : imports.importFile(actor, file, options);
            }
            return finish(report, out);
        }

        private static long size(Path file) {
            try {
                return Files.isRegularFile(file) ? Files.size(file) : -1;
            } catch (java.io.IOException e) {
                return -1;
            }
        }
    }

    /** {@code pulih import attendance FILE --programme ID}. */
    @Command(
            name = "attendance",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = "Import attendance of a guidance programme (NIK or beneficiary id, topic, date).",
            footerHeading = "%nExamples:%n",
            footer = "  pulih import attendance praya.csv --programme <id> --actor hq-01:CASE_WORKER:NATIONAL")
    static final class Attendance extends Common {
        @Option(names = "--programme", required = true, paramLabel = "ID", description = "The programme's id.")
        String programme;

        @Override
        int run(Pulih pulih, Actor actor, PrintWriter out, PrintWriter err) {
            AttendanceImport imports = AttendanceImport.of(pulih);
            ProgrammeId id = ProgrammeId.parse(programme);
            return finish(
                    standardInput()
                            ? imports.apply(actor, id, stdin(), options())
                            : imports.apply(actor, id, file, options()),
                    out);
        }
    }

    /** {@code pulih import bank-results FILE}. */
    @Command(
            name = "bank-results",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = {
                "Apply a bank's result file (reference, status, reason) to the payments.",
                "Applying the same file twice changes nothing; no payment is ever paid twice."
            },
            footerHeading = "%nExamples:%n",
            footer = "  pulih import bank-results bri-20191105.csv --actor hq-01:CASE_WORKER:NATIONAL")
    static final class BankResults extends Common {
        @Override
        boolean writesErrorFile() {
            return false; // the refused lines are printed
        }

        @Override
        int run(Pulih pulih, Actor actor, PrintWriter out, PrintWriter err) {
            BankResultImport imports = BankResultImport.of(pulih);
            var report =
                    standardInput() ? imports.apply(actor, stdin(), options()) : imports.apply(actor, file, options());
            out.println("read " + report.read() + " lines: " + report.counts());
            printRefused(report.errors(), out);
            boolean conflicts = report.counts().getOrDefault(id.pulih.grant.ResultOutcome.CONFLICT, 0L) > 0
                    || report.counts().getOrDefault(id.pulih.grant.ResultOutcome.UNKNOWN_PAYMENT, 0L) > 0;
            return conflicts || !report.errors().isEmpty() ? 1 : 0;
        }
    }
}
