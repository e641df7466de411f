package id.pulih.cli;

import id.pulih.Pulih;
import id.pulih.access.Actor;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.csv.BeneficiaryExport;
import id.pulih.csv.PaymentBatchFile;
import id.pulih.shared.BatchId;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.PrivateFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pulih export ...}: beneficiaries, bank batch files and reports as CSV. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Export CSV for spreadsheets and banks. Cells a spreadsheet would run as a formula are",
            "neutralised. Identifiers are masked unless --identified is given: for supervisors of a government",
            "unit only, with --purpose, which the access log keeps for every case exported, and then only for the",
            "cases within the acting officer's jurisdiction."
        },
        subcommands = {
            ExportCommand.Beneficiaries.class,
            ExportCommand.Payments.class,
            ExportCommand.Report.class,
            ExportCommand.Statistics.class
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  pulih export beneficiaries ntb.csv --actor dinsos-52:CASE_WORKER:PROVINCE=52",
            "  pulih export payments <batch id> bri-batch.csv --actor hq-01:CASE_WORKER:NATIONAL",
            "  pulih export report grants grants.csv --actor hq-01:CASE_WORKER:NATIONAL",
            "  pulih export statistics --format json --out statistik.json --actor hq-01:CASE_WORKER:NATIONAL"
        })
final class ExportCommand implements Runnable {
    @ParentCommand
    PulihCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "missing what to export: beneficiaries, payments, report or statistics");
    }

    /** Options every export shares. */
    abstract static class Common implements Callable<Integer> {
        @ParentCommand
        ExportCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--separator", paramLabel = "CHAR", defaultValue = ";", description = "`;` (default) or `,`.")
        char separator;

        @Mixin
        ActorOptions acting;

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            return parent.root.onDatabase(
                    acting,
                    database,
                    (pulih, actor) -> run(pulih, actor, spec.commandLine().getOut()));
        }

        abstract int run(Pulih pulih, Actor actor, PrintWriter out);
    }

    /** {@code pulih export beneficiaries FILE}. */
    @Command(
            name = "beneficiaries",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = "Export the beneficiaries within the acting officer's jurisdiction.",
            footerHeading = "%nExamples:%n",
            footer = {
                "  pulih export beneficiaries ntb.csv --actor dinsos-52:CASE_WORKER:PROVINCE=52",
                "  pulih export beneficiaries ntb-pbi.csv --identified --purpose \"PBI-JKN list for BPJS\""
                        + " --actor dinsos-52:SUPERVISOR:PROVINCE=52"
            })
    static final class Beneficiaries extends Common {
        @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file to write.")
        Path file;

        @Option(
                names = "--identified",
                description = "Whole NIK, No. KK and phone numbers instead of masked ones: supervisors of a government"
                        + " unit only, with --purpose.")
        boolean identified;

        @Option(
                names = "--purpose",
                paramLabel = "TEXT",
                description = "Why the identifiers are needed (required with --identified); kept in the access log of"
                        + " every case exported.")
        String purpose;

        @Override
        int run(Pulih pulih, Actor actor, PrintWriter out) {
            if (identified && purpose == null) {
                throw new Settings.SettingsException(
                        "--identified needs --purpose: say why the identifiers are needed; it is kept in the access"
                                + " log of every case exported");
            }
            if (!identified && purpose != null) {
                throw new Settings.SettingsException("--purpose is for an identified export: add --identified");
            }
            List<BeneficiaryId> ids = new ArrayList<>();
            Optional<BeneficiaryId> after = Optional.empty();
            for (List<Beneficiary> page; !(page = pulih.as(actor).cases().list(after, 1_000)).isEmpty(); ) {
                page.forEach(b -> ids.add(b.id()));
                after = Optional.of(page.get(page.size() - 1).id());
            }
            long written = BeneficiaryExport.of(pulih)
                    .write(
                            actor,
                            ids,
                            file,
                            identified
                                    ? BeneficiaryExport.Disclosure.identified(purpose)
                                    : BeneficiaryExport.Disclosure.MASKED,
                            separator);
            out.println(
                    "wrote " + written + " beneficiaries to " + file + (identified ? " (identified)" : " (masked)"));
            return 0;
        }
    }

    /** {@code pulih export payments BATCH FILE}. */
    @Command(
            name = "payments",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = "Write the transfer file of one payment batch, as the bank takes it.",
            footerHeading = "%nExamples:%n",
            footer = "  pulih export payments <batch id> bri-batch.csv --actor hq-01:CASE_WORKER:NATIONAL")
    static final class Payments extends Common {
        @Parameters(index = "0", paramLabel = "BATCH", description = "The batch's id.")
        String batch;

        @Parameters(index = "1", paramLabel = "FILE", description = "The CSV file to write.")
        Path file;

        @Override
        int run(Pulih pulih, Actor actor, PrintWriter out) {
            int written = PaymentBatchFile.of(pulih).write(actor, BatchId.parse(batch), file, separator);
            out.println("wrote " + written + " transfers to " + file);
            return 0;
        }
    }

    /** {@code pulih export report NAME FILE}. */
    @Command(
            name = "report",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = "Write one report as CSV, within the acting officer's jurisdiction.",
            footerHeading = "%nExamples:%n",
            footer = "  pulih export report shelters shelters.csv --actor hq-01:CASE_WORKER:NATIONAL")
    static final class Report extends Common {
        @Parameters(
                index = "0",
                paramLabel = "NAME",
                converter = ReportName.Converter.class,
                completionCandidates = ReportName.Candidates.class,
                description = "The report: ${COMPLETION-CANDIDATES}.")
        ReportName name;

        @Parameters(index = "1", paramLabel = "FILE", description = "The CSV file to write.")
        Path file;

        @Override
        int run(Pulih pulih, Actor actor, PrintWriter out) {
            Table table = name.table(pulih.as(actor).reports());
            try (Writer writer = PrivateFiles.newWriter(file);
                    PrintWriter csv = new PrintWriter(writer)) {
                Format.CSV.write(table, csv);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println("wrote " + table.rows().size() + " rows to " + file);
            return 0;
        }
    }

    /** {@code pulih export statistics}: the k-anonymous statistical export, CSV or JSON. */
    @Command(
            name = "statistics",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = {
                "Write the statistics safe to publish: one row per person within the acting officer's",
                "jurisdiction, in the HTCDS vocabulary, with no name, identifier or date, k-anonymous over sex,",
                "age, month and year of registration, country of exploitation and region of origin: every",
                "combination of these is shared by at least k rows. Rare combinations are coarsened first",
                "(month to year, 5- to 10-year age bands, regency to province), then left out; the counts of",
                "rows kept, coarsened and left out are printed."
            },
            footerHeading = "%nExamples:%n",
            footer = {
                "  pulih export statistics --format csv --out statistik.csv --actor hq-01:CASE_WORKER:NATIONAL",
                "  pulih export statistics --format json --k 20 --actor dinsos-52:CASE_WORKER:PROVINCE=52 > ntb.json"
            })
    static final class Statistics extends Common {
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv (default) or json.")
        String format;

        @Option(
                names = "--k",
                paramLabel = "K",
                defaultValue = "11",
                description = "Each published combination is shared by at least K people (default 11, as CTDC"
                        + " publishes).")
        int k;

        @Option(
                names = "--out",
                paramLabel = "FILE",
                description = "The file to write (readable by its owner only); standard output when left out.")
        Path file;

        @Override
        int run(Pulih pulih, Actor actor, PrintWriter out) {
            boolean json = switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "csv" -> false;
                case "json" -> true;
                default ->
                    throw new picocli.CommandLine.ParameterException(
                            spec.commandLine(), "--format must be csv or json, not '" + format + "'");
            };
            id.pulih.report.statistics.KAnonymity.checkedK(k);
            id.pulih.report.statistics.StatisticsSummary summary;
            if (file == null) {
                summary = write(pulih, actor, json, out);
                out.flush();
            } else {
                try (Writer writer = PrivateFiles.newWriter(file)) {
                    summary = write(pulih, actor, json, writer);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            // on standard output the counts would corrupt the data: they go to the error stream then
            PrintWriter told = file == null ? spec.commandLine().getErr() : out;
            told.println("wrote " + (summary.kept() + summary.generalised()) + " of " + summary.records()
                    + " people (k = " + summary.k() + "): " + summary.kept() + " as recorded, " + summary.generalised()
                    + " generalised, " + summary.suppressed() + " suppressed" + (file == null ? "" : " to " + file));
            told.flush();
            return 0;
        }

        private id.pulih.report.statistics.StatisticsSummary write(
                Pulih pulih, Actor actor, boolean json, Writer writer) {
            id.pulih.Reports reports = pulih.as(actor).reports();
            return json
                    ? id.pulih.json.StatisticsJson.write(reports, k, writer)
                    : id.pulih.csv.StatisticsCsv.write(reports, k, writer, separator);
        }
    }
}
