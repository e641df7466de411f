package id.pulih.cli;

import id.pulih.json.SubjectRecordJson;
import id.pulih.json.SubjectRecordSummary;
import id.pulih.privacy.SubjectRecord;
import id.pulih.shared.BeneficiaryId;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pulih privacy ...}: the person's rights over their data (UU PDP No. 27/2022). */
@Command(
        name = "privacy",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "The person's rights over their data under UU PDP No. 27/2022: a copy of the whole record",
            "(access and portability)."
        },
        subcommands = {PrivacyCommand.Export.class},
        footerHeading = "%nExamples:%n",
        footer = "  pulih privacy export <case id> --out rekam.json --actor dinsos-52:CASE_WORKER:PROVINCE=52")
final class PrivacyCommand implements Runnable {
    @ParentCommand
    PulihCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing what to do: export");
    }

    /** The formats of {@code pulih privacy export}. */
    enum Format {
        /** One JSON document with a published schema (portability). */
        json,
        /** A readable summary in Markdown, headings in Indonesian with English in parentheses. */
        text
    }

    /** {@code pulih privacy export CASE-ID}. */
    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = {
                "Write one person's whole record: the case, corrections, assessments, consents, stays, returns,",
                "enrolments, awards and payments, plans, services, referrals, follow-ups with their risk scores,",
                "and who read the case when. Officers of a government unit who cover the case; identifiers whole",
                "only for a supervisor (the read is logged with its purpose), masked for everyone else."
            },
            footerHeading = "%nExamples:%n",
            footer = {
                "  pulih privacy export <case id> --actor dinsos-52:CASE_WORKER:PROVINCE=52",
                "  pulih privacy export <case id> --format text --out rekam.md --actor sup-52:SUPERVISOR:PROVINCE=52"
            })
    static final class Export implements Callable<Integer> {
        @ParentCommand
        PrivacyCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CASE-ID", description = "The case's id.")
        String caseId;

        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                defaultValue = "json",
                description = "json (default: the document with a published schema) or text (a readable summary).")
        Format format;

        @Option(
                names = "--out",
                paramLabel = "FILE",
                description = "The file to write, readable by its owner only; standard output when not given.")
        Path out;

        @Mixin
        ActorOptions acting;

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            BeneficiaryId id = BeneficiaryId.parse(caseId);
            return parent.root.onDatabase(acting, database, (pulih, actor) -> {
                SubjectRecord record = pulih.as(actor).privacy().export(id);
                PrintWriter stdout = spec.commandLine().getOut();
                if (out == null) {
                    stdout.print(
                            format == Format.json
                                    ? SubjectRecordJson.toJson(record)
                                    : SubjectRecordSummary.toText(record));
                    stdout.flush();
                    return 0;
                }
                if (format == Format.json) {
                    SubjectRecordJson.write(record, out);
                } else {
                    SubjectRecordSummary.write(record, out);
                }
                stdout.println("wrote the record of case " + record.beneficiary() + " to " + out + " ("
                        + record.identifiers().name().toLowerCase(java.util.Locale.ROOT) + " identifiers)");
                return 0;
            });
        }
    }
}
