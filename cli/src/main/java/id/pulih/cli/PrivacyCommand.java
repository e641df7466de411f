package id.pulih.cli;

import id.pulih.Privacy;
import id.pulih.access.AccessDeniedException;
import id.pulih.access.AccessError;
import id.pulih.json.SubjectRecordJson;
import id.pulih.json.SubjectRecordSummary;
import id.pulih.privacy.Breach;
import id.pulih.privacy.Decision;
import id.pulih.privacy.DecisionForm;
import id.pulih.privacy.Exemption;
import id.pulih.privacy.NotifiedParty;
import id.pulih.privacy.RequestForm;
import id.pulih.privacy.RequestId;
import id.pulih.privacy.RequestKind;
import id.pulih.privacy.RetentionCandidate;
import id.pulih.privacy.SubjectRecord;
import id.pulih.privacy.SubjectRequest;
import id.pulih.shared.BeneficiaryId;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code pulih privacy ...}: the person's rights over their data (UU PDP No. 27/2022) and the controller's duties:
 * the person's record, data-subject requests and their decisions, what is overdue, the breach register and retention.
 * Every subcommand goes through {@link id.pulih.Privacy}, with its access rules and audit.
 */
@Command(
        name = "privacy",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "The person's rights over their data under UU PDP No. 27/2022 and the controller's duties:",
            "a copy of the whole record (access and portability), data-subject requests and their decisions,",
            "overdue requests and breach notifications, the breach register, and retention of closed cases."
        },
        subcommands = {
            PrivacyCommand.Export.class,
            PrivacyCommand.Requests.class,
            PrivacyCommand.Request.class,
            PrivacyCommand.Decide.class,
            PrivacyCommand.Overdue.class,
            PrivacyCommand.Breaches.class,
            PrivacyCommand.Retention.class
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  pulih privacy export <case id> --out rekam.json --actor dinsos-52:CASE_WORKER:PROVINCE=52",
            "  pulih privacy requests <case id> --actor dinsos-52:CASE_WORKER:PROVINCE=52",
            "  pulih privacy overdue --actor sup-52:SUPERVISOR:PROVINCE=52",
            "  pulih privacy retention --keep 5y --dry-run --actor sup-01:SUPERVISOR:NATIONAL"
        })
final class PrivacyCommand implements Runnable {
    @ParentCommand
    PulihCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(),
                "missing what to do: export, requests, request, decide, overdue, breaches or retention");
    }

    /** The formats of {@code pulih privacy export}. */
    enum RecordFormat {
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
        RecordFormat format;

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
                            format == RecordFormat.json
                                    ? SubjectRecordJson.toJson(record)
                                    : SubjectRecordSummary.toText(record));
                    stdout.flush();
                    return 0;
                }
                if (format == RecordFormat.json) {
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

    /** {@code pulih privacy requests CASE-ID}: the requests about one case. */
    @Command(
            name = "requests",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = {
                "List the data-subject requests about a case, received first: what was asked, when it was",
                "received, when the answer is due, and the decision once made. Officers who cover the case."
            },
            footerHeading = "%nExamples:%n",
            footer = "  pulih privacy requests <case id> --actor dinsos-52:CASE_WORKER:PROVINCE=52")
    static final class Requests implements Runnable {
        @ParentCommand
        PrivacyCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CASE-ID", description = "The case's id.")
        String caseId;

        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                defaultValue = "table",
                description = "table (default), csv or json.")
        id.pulih.cli.Format format;

        @Mixin
        ActorOptions acting;

        @Mixin
        DatabaseOptions database;

        @Override
        public void run() {
            BeneficiaryId id = BeneficiaryId.parse(caseId);
            parent.root.onDatabase(acting, database, (pulih, actor) -> {
                Instant now = Instant.now(parent.root.environment().clock());
                Table table = Table.of(
                        "request",
                        "kind",
                        "received",
                        "due",
                        "state",
                        "decision",
                        "exemption",
                        "decided by",
                        "decided",
                        "~reason");
                for (SubjectRequest r : pulih.as(actor).privacy().requests(id)) {
                    table.row(
                            r.id(),
                            r.kind(),
                            r.receivedAt(),
                            r.dueAt(),
                            state(r, now),
                            r.decision(),
                            r.exemption(),
                            r.decidedBy(),
                            r.decidedAt(),
                            r.reason());
                }
                return write(spec, format, table);
            });
        }

        /** Open, overdue, answered or answered late. */
        private static String state(SubjectRequest r, Instant now) {
            if (r.open()) {
                return r.isOverdueAt(now) ? "OVERDUE" : "OPEN";
            }
            return r.answeredLate() ? "ANSWERED_LATE" : "ANSWERED";
        }
    }

    /** {@code pulih privacy request CASE-ID --kind KIND}: records a data-subject request. */
    @Command(
            name = "request",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = {
                "Record a data-subject request (UU PDP art. 14): what the person asked and when it was received;",
                "the answer is due 3 x 24 hours later. Officers who may change records and cover the case."
            },
            footerHeading = "%nExamples:%n",
            footer = {
                "  pulih privacy request <case id> --kind ACCESS --details \"a copy for her lawyer\" \\",
                "      --actor dinsos-52:CASE_WORKER:PROVINCE=52"
            })
    static final class Request implements Callable<Integer> {
        @ParentCommand
        PrivacyCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CASE-ID", description = "The case's id.")
        String caseId;

        @Option(
                names = "--kind",
                required = true,
                paramLabel = "KIND",
                description = "What was asked: ${COMPLETION-CANDIDATES}.")
        RequestKind kind;

        @Option(
                names = "--received",
                paramLabel = "INSTANT",
                description = "When it was received, such as 2026-03-04T02:15:00Z; default: now.")
        Instant received;

        @Option(names = "--details", paramLabel = "TEXT", description = "What the person said (optional).")
        String details;

        @Mixin
        ActorOptions acting;

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            BeneficiaryId id = BeneficiaryId.parse(caseId);
            Instant at = received != null
                    ? received
                    : Instant.now(parent.root.environment().clock());
            return parent.root.onDatabase(acting, database, (pulih, actor) -> {
                SubjectRequest asked = pulih.as(actor).privacy().receiveRequest(new RequestForm(id, kind, at, details));
                PrintWriter out = spec.commandLine().getOut();
                out.println("recorded request " + asked.id() + " (" + asked.kind() + ") about case "
                        + asked.beneficiary() + ", due " + asked.dueAt());
                out.flush();
                return 0;
            });
        }
    }

    /** {@code pulih privacy decide REQUEST-ID --decision DECISION --reason TEXT}: decides a request. */
    @Command(
            name = "decide",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = {
                "Decide a data-subject request: granted, partly granted or refused, with the reason. A decision",
                "that refuses something names the exemption it relies on (art. 15(1), or art. 33 for access).",
                "Supervisors whose jurisdiction covers the case."
            },
            footerHeading = "%nExamples:%n",
            footer = {
                "  pulih privacy decide <request id> --decision GRANTED --reason \"copy handed over\" \\",
                "      --actor sup-52:SUPERVISOR:PROVINCE=52",
                "  pulih privacy decide <request id> --decision REFUSED --exemption LAW_ENFORCEMENT \\",
                "      --reason \"the police investigation is open\" --actor sup-52:SUPERVISOR:PROVINCE=52"
            })
    static final class Decide implements Callable<Integer> {
        @ParentCommand
        PrivacyCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "REQUEST-ID", description = "The request's id.")
        String requestId;

        @Option(
                names = "--decision",
                required = true,
                paramLabel = "DECISION",
                description = "${COMPLETION-CANDIDATES}.")
        Decision decision;

        @Option(
                names = "--exemption",
                paramLabel = "EXEMPTION",
                description = "The exemption a refusal relies on: ${COMPLETION-CANDIDATES}.")
        Exemption exemption;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
        String reason;

        @Mixin
        ActorOptions acting;

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            RequestId id = RequestId.parse(requestId);
            return parent.root.onDatabase(acting, database, (pulih, actor) -> {
                SubjectRequest decided =
                        pulih.as(actor).privacy().decideRequest(id, new DecisionForm(decision, exemption, reason));
                PrintWriter out = spec.commandLine().getOut();
                out.println("decided request " + decided.id() + ": " + decided.decision()
                        + (decided.exemption() == null ? "" : " (" + decided.exemption() + ")")
                        + (decided.answeredLate() ? ", after its deadline " + decided.dueAt() : ""));
                out.flush();
                return 0;
            });
        }
    }

    /** {@code pulih privacy overdue}: overdue requests and overdue breach notifications. */
    @Command(
            name = "overdue",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = {
                "List what is overdue: requests undecided after their deadline in the cases the officer covers,",
                "earliest due first, then breaches with a notification not sent 3 x 24 hours after discovery",
                "(art. 46). The breaches only for supervisors and auditors."
            },
            footerHeading = "%nExamples:%n",
            footer = "  pulih privacy overdue --actor sup-52:SUPERVISOR:PROVINCE=52")
    static final class Overdue implements Runnable {
        @ParentCommand
        PrivacyCommand parent;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                defaultValue = "table",
                description = "table (default), csv or json.")
        id.pulih.cli.Format format;

        @Mixin
        ActorOptions acting;

        @Mixin
        DatabaseOptions database;

        @Override
        public void run() {
            parent.root.onDatabase(acting, database, (pulih, actor) -> {
                Privacy privacy = pulih.as(actor).privacy();
                Table table = Table.of("overdue", "id", "due", "what", "~cases");
                for (SubjectRequest r : privacy.overdueRequests()) {
                    table.row("request", r.id(), r.dueAt(), r.kind(), r.beneficiary());
                }
                // the engine decides who reads the breach register; an officer it refuses gets the requests alone
                try {
                    for (Breach b : privacy.overdueBreaches()) {
                        table.row("breach", b.id(), b.dueAt(), notify(b.pending()), cases(b));
                    }
                } catch (AccessDeniedException refused) {
                    if (!refused.code().equals(AccessError.ROLE.code())) {
                        throw refused;
                    }
                }
                return write(spec, format, table);
            });
        }

        private static String notify(Set<NotifiedParty> pending) {
            return "notify " + pending.stream().map(NotifiedParty::name).collect(Collectors.joining(" and "));
        }
    }

    /** {@code pulih privacy breaches}: the breach register. */
    @Command(
            name = "breaches",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = {
                "List the breach register (art. 46), discovered first: the categories of data, how many people",
                "were affected, the notifications sent and those still pending, and whether they are overdue.",
                "Supervisors and auditors, the breaches every affected case of which they cover."
            },
            footerHeading = "%nExamples:%n",
            footer = "  pulih privacy breaches --actor sup-01:AUDITOR:NATIONAL --format csv")
    static final class Breaches implements Runnable {
        @ParentCommand
        PrivacyCommand parent;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                defaultValue = "table",
                description = "table (default), csv or json.")
        id.pulih.cli.Format format;

        @Mixin
        ActorOptions acting;

        @Mixin
        DatabaseOptions database;

        @Override
        public void run() {
            parent.root.onDatabase(acting, database, (pulih, actor) -> {
                Instant now = Instant.now(parent.root.environment().clock());
                Table table = Table.of(
                        "breach",
                        "discovered",
                        "due",
                        "categories",
                        "people",
                        "notified",
                        "pending",
                        "state",
                        "~cases");
                for (Breach b : pulih.as(actor).privacy().breaches()) {
                    table.row(
                            b.id(),
                            b.discoveredAt(),
                            b.dueAt(),
                            b.categories().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")),
                            b.affected().size(),
                            b.notifications().stream()
                                    .map(n -> n.party() + "@" + n.notifiedAt())
                                    .collect(Collectors.joining(" ")),
                            b.pending().stream().map(Enum::name).collect(Collectors.joining(" ")),
                            b.pending().isEmpty() ? "NOTIFIED" : b.isOverdueAt(now) ? "OVERDUE" : "OPEN",
                            cases(b));
                }
                return write(spec, format, table);
            });
        }
    }

    /** {@code pulih privacy retention --keep PERIOD [--dry-run]}: anonymises closed cases kept past the period. */
    @Command(
            name = "retention",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = {
                "Anonymise, as an erasure does, every closed case the officer covers whose closing date plus the",
                "period is today or earlier: one command, one audit entry naming them; to be scheduled. With",
                "--dry-run it lists what would be anonymised and changes nothing. Supervisors of a government unit."
            },
            footerHeading = "%nExamples:%n",
            footer = {
                "  pulih privacy retention --keep 5y --dry-run --actor sup-01:SUPERVISOR:NATIONAL",
                "  pulih privacy retention --keep 5y --actor sup-01:SUPERVISOR:NATIONAL"
            })
    static final class Retention implements Runnable {
        @ParentCommand
        PrivacyCommand parent;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--keep",
                required = true,
                paramLabel = "PERIOD",
                converter = KeptFor.class,
                description = "How long a closed case is kept: years, months, weeks or days such as 5y, 18m, "
                        + "1y6m, 90d, or ISO-8601 such as P5Y.")
        Period keep;

        @Option(names = "--dry-run", description = "List what would be anonymised; change nothing.")
        boolean dryRun;

        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                defaultValue = "table",
                description = "table (default), csv or json.")
        id.pulih.cli.Format format;

        @Mixin
        ActorOptions acting;

        @Mixin
        DatabaseOptions database;

        @Override
        public void run() {
            parent.root.onDatabase(acting, database, (pulih, actor) -> {
                Privacy privacy = pulih.as(actor).privacy();
                List<RetentionCandidate> cases = dryRun ? privacy.retentionDue(keep) : privacy.applyRetention(keep);
                Table table = Table.of("case", "closed", "due");
                cases.forEach(c -> table.row(c.beneficiary(), c.closedOn(), c.dueOn()));
                PrintWriter out = spec.commandLine().getOut();
                format.write(table, out);
                if (format == id.pulih.cli.Format.TABLE) {
                    out.println(
                            dryRun
                                    ? cases.size() + " closed case(s) kept past " + keep
                                            + " would be anonymised (dry run: nothing changed)"
                                    : cases.size() + " closed case(s) kept past " + keep + " anonymised");
                }
                out.flush();
                return 0;
            });
        }
    }

    /** Reads {@code --keep}: {@code 5y}, {@code 18m}, {@code 1y6m}, {@code 90d}, {@code 2w} or ISO-8601. */
    static final class KeptFor implements ITypeConverter<Period> {
        private static final Pattern PART = Pattern.compile("(\\d{1,4})([ymwd])");

        @Override
        public Period convert(String value) {
            String text = value.strip().toLowerCase(Locale.ROOT);
            if (text.startsWith("p")) {
                try {
                    return Period.parse(text);
                } catch (DateTimeParseException e) {
                    throw new TypeConversionException("'" + value + "' is not an ISO-8601 period such as P5Y");
                }
            }
            Matcher m = PART.matcher(text);
            Period period = Period.ZERO;
            int end = 0;
            while (m.lookingAt()) {
                int n = Integer.parseInt(m.group(1));
                period = switch (m.group(2)) {
                    case "y" -> period.plusYears(n);
                    case "m" -> period.plusMonths(n);
                    case "w" -> period.plusDays(7L * n);
                    default -> period.plusDays(n);
                };
                end = m.end();
                m.region(end, text.length());
            }
            if (end == 0 || end != text.length()) {
                throw new TypeConversionException("'" + value + "' is not a period such as 5y, 18m, 1y6m, 90d or P5Y");
            }
            return period;
        }
    }

    /** The cases a breach affected, by id. */
    private static String cases(Breach b) {
        return b.affected().stream().map(BeneficiaryId::toString).collect(Collectors.joining(" "));
    }

    /** Writes a table in the format asked; exit code 0. */
    private static int write(CommandSpec spec, id.pulih.cli.Format format, Table table) {
        PrintWriter out = spec.commandLine().getOut();
        format.write(table, out);
        out.flush();
        return 0;
    }
}
