package id.pulih.cli;

import id.pulih.Reports;
import id.pulih.report.publication.PublishedReports;
import id.pulih.report.publication.SmallCells;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pulih report NAME}: one report, within the acting officer's jurisdiction. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Print a report within the acting officer's jurisdiction.",
            "",
            "A national officer sees every case, a regency office the cases from its",
            "regency, a shelter its residents, a partner the cases referred to it.",
            "",
            "Reports:",
            "  origin-province  beneficiaries by province of origin",
            "  origin-regency   beneficiaries by regency of origin",
            "  return-year      beneficiaries by year of return",
            "  shelters         occupancy and flow per shelter (still in, returned home)",
            "  programmes       attendance and completion per guidance programme",
            "  grants           stimulus grants per programme: awarded, paid, rejected",
            "  services         reintegration services by ATENSI component and status",
            "  outcomes         cases by status, closed cases by outcome",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  pulih report shelters --actor hq-01:CASE_WORKER:NATIONAL",
            "  pulih report origin-regency --actor dinsos-5202:CASE_WORKER:REGENCY=52.02",
            "  pulih report grants --format csv \\",
            "      --actor lks-ppk:CASE_WORKER:PARTNER=LKS-PANCA-KARSA > grants.csv",
            "  pulih report outcomes --db jdbc:h2:file:/srv/pulih/pulih --format json",
            "  pulih report origin-regency --publish --actor hq-01:CASE_WORKER:NATIONAL",
            "  pulih report shelters --actor tpi-01:AUDITOR:SHELTER=<shelter id>",
            "",
            "CSV and JSON keep every column (ids too) and give money as whole rupiah."
        })
final class ReportCommand implements Runnable {
    @ParentCommand
    PulihCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "NAME",
            converter = ReportName.Converter.class,
            completionCandidates = ReportName.Candidates.class,
            description = "The report: ${COMPLETION-CANDIDATES}.")
    ReportName name;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "table (default), csv or json.")
    Format format;

    @Option(
            names = "--publish",
            description = "The publication form: counts of fewer people than the threshold shown as <11, and the"
                    + " cells that would give them back by subtraction withheld (x).")
    boolean publish;

    @Option(
            names = "--threshold",
            paramLabel = "N",
            description = "With --publish: counts of 1 to N - 1 people are withheld (default 11).")
    Integer threshold;

    @Mixin
    ActorOptions acting;

    @Mixin
    DatabaseOptions database;

    @Override
    public void run() {
        root.onDatabase(acting, database, (pulih, actor) -> {
            if (threshold != null && !publish) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threshold goes with --publish");
            }
            Reports reports = pulih.as(actor).reports();
            Table table = publish
                    ? name.published(
                            PublishedReports.of(reports, threshold == null ? SmallCells.DEFAULT_THRESHOLD : threshold))
                    : name.table(reports);
            PrintWriter out = spec.commandLine().getOut();
            format.write(table, out);
            out.flush();
            return 0;
        });
    }
}
