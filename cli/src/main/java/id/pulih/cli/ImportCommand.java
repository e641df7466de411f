package id.pulih.cli;

import id.pulih.Pulih;
import id.pulih.access.Actor;
import id.pulih.csv.AttendanceImport;
import id.pulih.csv.BankResultImport;
import id.pulih.csv.BeneficiaryImport;
import id.pulih.csv.ImportOptions;
import id.pulih.csv.ImportReport;
import id.pulih.shared.ProgrammeId;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
            "  pulih import bank-results bri-20191105.csv --actor hq-01:CASE_WORKER:NATIONAL"
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
        @ParentCommand
        ImportCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(
                index = "0",
                paramLabel = "FILE",
                description = "The CSV file (`;` or `,`, UTF-8 with or without BOM).")
        Path file;

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

        @Override
        public Integer call() {
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

        /**
         * Prints the summary, writes the error CSV beside the input when rows were refused or registered elsewhere; 1
         * when any were.
         */
        int finish(ImportReport report, PrintWriter out) {
            out.println(report.summary());
            if (report.rejected() == 0 && report.registeredElsewhere() == 0) {
                return 0;
            }
            Path errors = errorFile(file);
            report.writeErrors(errors);
            if (report.rejected() > 0) {
                out.println("rows refused: " + report.rejected() + "; fix them in " + errors + " and import that file");
            }
            if (report.registeredElsewhere() > 0) {
                out.println("rows registered elsewhere: " + report.registeredElsewhere() + "; listed in " + errors
                        + " with a reference for the national office (case.elsewhere)");
            }
            return 1;
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
        @Override
        int run(Pulih pulih, Actor actor, PrintWriter out, PrintWriter err) {
            long size = size(file);
            ImportOptions options = options().withProgress(10_000, (rows, bytes) -> {
                err.print(String.format(
                        Locale.ROOT, "\r%,d rows, %s", rows, size > 0 ? (100 * bytes / size) + "%" : bytes + " bytes"));
                err.flush();
            });
            ImportReport report = BeneficiaryImport.of(pulih).importFile(actor, file, options);
            if (report.read() >= 10_000) {
                err.println();
            }
            return finish(report, out);
        }

        private static long size(Path file) {
            try {
                return Files.size(file);
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
            return finish(AttendanceImport.of(pulih).apply(actor, ProgrammeId.parse(programme), file, options()), out);
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
        int run(Pulih pulih, Actor actor, PrintWriter out, PrintWriter err) {
            var report = BankResultImport.of(pulih).apply(actor, file, options());
            out.println("read " + report.read() + " lines: " + report.counts());
            report.errors()
                    .forEach(e -> out.println(
                            "  line " + e.line() + ", " + e.column() + ": " + e.message() + " [" + e.code() + "]"));
            boolean conflicts = report.counts().getOrDefault(id.pulih.grant.ResultOutcome.CONFLICT, 0L) > 0
                    || report.counts().getOrDefault(id.pulih.grant.ResultOutcome.UNKNOWN_PAYMENT, 0L) > 0;
            return conflicts || !report.errors().isEmpty() ? 1 : 0;
        }
    }
}
