package id.pulih.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.Desk;
import id.pulih.Pulih;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.beneficiary.CaseOutcome;
import id.pulih.beneficiary.ConsentForm;
import id.pulih.beneficiary.ConsentPurpose;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.IntakeFormBuilder;
import id.pulih.beneficiary.Person;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.jdbc.JdbcStore;
import id.pulih.privacy.BreachForm;
import id.pulih.privacy.DataCategory;
import id.pulih.privacy.NotifiedParty;
import id.pulih.privacy.SubjectRequest;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.PersonName;
import id.pulih.shared.Sex;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pulih privacy requests | request | decide | overdue | breaches | retention} on a temporary H2 database: a
 * request recorded and decided from the command line, what is overdue, the breach register, and retention whose dry
 * run changes nothing while the run anonymises with one audit entry.
 */
class PrivacyCommandTest {
    private static final String SUPERVISOR = "sup-52:SUPERVISOR:PROVINCE=52";
    private static final String CASE_WORKER = "dinsos-5202:CASE_WORKER:REGENCY=52.02";
    /** Long before the machine's clock: a request received then is overdue now. */
    private static final Instant LONG_AGO = Instant.parse("2021-03-01T02:00:00Z");

    @TempDir
    Path dir;

    private Cli cli;
    private JdbcStore store;

    private String db() {
        return "jdbc:h2:file:" + dir.resolve("db").resolve("pulih");
    }

    @BeforeEach
    void initialised() {
        cli = new Cli(dir);
        assertThat(cli.run("init", "--db", db()).code()).isZero();
        store = Cli.store(dir.resolve("db").resolve("pulih"));
    }

    /** A desk on the same database, at a fixed instant. */
    private Desk desk(Instant at, String id, Role role) {
        return Pulih.builder()
                .store(store)
                .clock(Clock.fixed(at, ZoneOffset.UTC))
                .build()
                .as(Actor.of(id, PersonName.of("Rina Wulandari"), role, Jurisdiction.national()));
    }

    private BeneficiaryId registered(Desk desk, String name, String regency) {
        return desk.cases()
                .register(new IntakeFormBuilder()
                        .name(name)
                        .sex(Sex.FEMALE)
                        .birthDate(LocalDate.of(1990, 7, 5))
                        .documentStatus(DocumentStatus.LOST)
                        .originRegion(regency)
                        .returnCountry("MY")
                        .returnDate(LocalDate.of(2020, 2, 1))
                        .entryPoint("Tanjung Pinang")
                        .returnMode(ReturnMode.DEPORTED)
                        .consents(List.of(
                                ConsentForm.given(ConsentPurpose.PROGRAMME_PARTICIPATION, LocalDate.of(2020, 2, 1))))
                        .build())
                .beneficiary()
                .id();
    }

    private Cli.Result run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--db";
        all[args.length + 1] = db();
        return cli.run(all);
    }

    @Test
    void aRequestRecordedFromTheCommandLineIsOverdueUntilDecidedAndThenAnsweredLate() {
        BeneficiaryId id = registered(desk(LONG_AGO, "hq-01", Role.SUPERVISOR), "Siti Aminah", "52.02.01");

        Cli.Result recorded = run(
                "privacy",
                "request",
                id.toString(),
                "--kind",
                "access",
                "--received",
                LONG_AGO.plusSeconds(60).toString(),
                "--details",
                "a copy for her lawyer",
                "--actor",
                CASE_WORKER);

        assertThat(recorded.code()).as(recorded.err()).isZero();
        assertThat(recorded.out()).contains("(ACCESS) about case " + id, "due 2021-03-04T02:01:00Z");
        SubjectRequest asked = store.privacy().requests().forBeneficiary(id).get(0);
        Cli.Result listed = run("privacy", "requests", id.toString(), "--actor", CASE_WORKER);
        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(listed.out()).contains(asked.id().toString(), "ACCESS", "OVERDUE");
        Cli.Result overdue = run("privacy", "overdue", "--actor", CASE_WORKER, "--format", "csv");
        assertThat(overdue.out().lines())
                .containsExactly(
                        "overdue,id,due,what,cases", "request," + asked.id() + ",2021-03-04T02:01:00Z,ACCESS," + id);

        Cli.Result refusedWithout = run(
                "privacy",
                "decide",
                asked.id().toString(),
                "--decision",
                "refused",
                "--reason",
                "police",
                "--actor",
                SUPERVISOR);
        assertThat(refusedWithout.code()).isEqualTo(1);
        assertThat(refusedWithout.err()).contains("[request.exemption-required]");
        Cli.Result byCaseWorker = run(
                "privacy",
                "decide",
                asked.id().toString(),
                "--decision",
                "granted",
                "--reason",
                "copy given",
                "--actor",
                CASE_WORKER);
        assertThat(byCaseWorker.code()).isEqualTo(1);
        assertThat(store.privacy().requests().find(asked.id()).orElseThrow().open())
                .isTrue();

        Cli.Result decided = run(
                "privacy",
                "decide",
                asked.id().toString(),
                "--decision",
                "partly_granted",
                "--exemption",
                "ACCESS_DISCLOSES_OTHERS",
                "--reason",
                "her file, without the statements of the other victims",
                "--actor",
                SUPERVISOR);

        assertThat(decided.code()).as(decided.err()).isZero();
        assertThat(decided.out())
                .contains("PARTLY_GRANTED (ACCESS_DISCLOSES_OTHERS)", "after its deadline 2021-03-04T02:01:00Z");
        assertThat(run("privacy", "requests", id.toString(), "--actor", CASE_WORKER, "--format", "json")
                        .out())
                .contains("\"state\" : \"ANSWERED_LATE\"", "\"decided by\" : \"sup-52\"");
        assertThat(run("privacy", "overdue", "--actor", CASE_WORKER).out()).contains("(no rows)");
        Cli.Result outside =
                run("privacy", "requests", id.toString(), "--actor", "dinsos-3171:CASE_WORKER:REGENCY=31.71");
        assertThat(outside.code()).isEqualTo(1);
        assertThat(outside.err()).contains("[access.denied]");
    }

    @Test
    void aBreachIsListedOverdueUntilBothPartiesAreNotifiedAndACaseWorkerCannotReadTheRegister() {
        Instant discovered = LONG_AGO.plusSeconds(3600);
        Desk hq = desk(LONG_AGO.plusSeconds(7200), "hq-01", Role.SUPERVISOR);
        BeneficiaryId id = registered(hq, "Siti Aminah", "52.02.01");
        var breach = hq.privacy()
                .recordBreach(new BreachForm(
                        discovered,
                        Set.of(DataCategory.IDENTITY, DataCategory.FINANCIAL),
                        List.of(id),
                        "a laptop with an export was stolen from the car",
                        "the export was revoked and the passwords changed"));
        hq.privacy()
                .recordBreachNotification(
                        breach.id(), NotifiedParty.PEOPLE_AFFECTED, LONG_AGO.plusSeconds(7200), "letters");

        Cli.Result register = run("privacy", "breaches", "--actor", SUPERVISOR, "--format", "csv");
        Cli.Result overdue = run("privacy", "overdue", "--actor", SUPERVISOR);

        assertThat(register.code()).as(register.err()).isZero();
        assertThat(register.out().lines())
                .containsExactly(
                        "breach,discovered,due,categories,people,notified,pending,state,cases",
                        breach.id() + ",2021-03-01T03:00:00Z,2021-03-04T03:00:00Z,FINANCIAL IDENTITY,1,"
                                + "PEOPLE_AFFECTED@2021-03-01T04:00:00Z,SUPERVISORY_AGENCY,OVERDUE," + id);
        assertThat(overdue.out()).contains("breach", breach.id().toString(), "notify SUPERVISORY_AGENCY");
        Cli.Result caseWorker = run("privacy", "breaches", "--actor", CASE_WORKER);
        assertThat(caseWorker.code()).isEqualTo(1);
        assertThat(caseWorker.err()).contains("[access.");
        assertThat(run("privacy", "overdue", "--actor", CASE_WORKER).out())
                .doesNotContain(breach.id().toString());

        hq.privacy()
                .recordBreachNotification(
                        breach.id(), NotifiedParty.SUPERVISORY_AGENCY, LONG_AGO.plusSeconds(7200), "letter 12/2021");

        assertThat(run("privacy", "breaches", "--actor", SUPERVISOR).out()).contains("NOTIFIED");
        assertThat(run("privacy", "overdue", "--actor", SUPERVISOR).out()).contains("(no rows)");
    }

    @Test
    void retentionsDryRunListsWhatTheRunThenAnonymisesWithOneAuditEntry() {
        Desk then = desk(LONG_AGO, "hq-01", Role.SUPERVISOR);
        BeneficiaryId closed = registered(then, "Siti Aminah", "52.02.01");
        BeneficiaryId open = registered(then, "Baiq Nurul", "52.02.01");
        BeneficiaryId elsewhere = registered(then, "Maria Goreti", "31.71.01");
        then.cases().close(closed, CaseOutcome.LOST_CONTACT, "moved away, no contact");
        then.cases().close(elsewhere, CaseOutcome.LOST_CONTACT, "moved away, no contact");
        long entries = store.auditTrail().count();

        Cli.Result dry = run("privacy", "retention", "--keep", "5y", "--dry-run", "--actor", SUPERVISOR);

        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out())
                .contains(closed.toString(), "2021-03-01", "2026-03-01")
                .contains("1 closed case(s) kept past P5Y would be anonymised (dry run: nothing changed)")
                .doesNotContain(open.toString(), elsewhere.toString());
        assertThat(store.privacy().erasures().find(closed)).isEmpty();
        assertThat(store.auditTrail().count()).isEqualTo(entries);
        assertThat(run("privacy", "retention", "--keep", "50y", "--dry-run", "--actor", SUPERVISOR)
                        .out())
                .contains("(no rows)", "0 closed case(s)");

        Cli.Result applied = run("privacy", "retention", "--keep", "5y", "--actor", SUPERVISOR);

        assertThat(applied.code()).as(applied.err()).isZero();
        assertThat(applied.out()).contains(closed.toString(), "1 closed case(s) kept past P5Y anonymised");
        assertThat(store.privacy().erasures().find(closed)).isPresent();
        assertThat(store.privacy().erasures().find(elsewhere)).isEmpty();
        assertThat(store.beneficiaries().find(closed).orElseThrow().name()).isEqualTo(Person.ERASED_NAME);
        assertThat(store.beneficiaries().find(open).orElseThrow().name().value())
                .isEqualTo("Baiq Nurul");
        assertThat(store.auditTrail().count()).isEqualTo(entries + 1);
        assertThat(store.auditTrail().byActor("sup-52"))
                .singleElement()
                .satisfies(e -> assertThat(e.summary()).contains("1 closed case(s) anonymised", closed.toString()));
        assertThat(run("privacy", "retention", "--keep", "60m", "--dry-run", "--actor", SUPERVISOR)
                        .out())
                .contains("0 closed case(s)");
    }

    @Test
    void aRetentionPeriodThatIsNotOneIsAUsageErrorAndACaseWorkerIsRefused() {
        Cli.Result typo = run("privacy", "retention", "--keep", "5x", "--actor", SUPERVISOR);
        Cli.Result zero = run("privacy", "retention", "--keep", "0d", "--dry-run", "--actor", SUPERVISOR);
        Cli.Result caseWorker = run("privacy", "retention", "--keep", "5y", "--dry-run", "--actor", CASE_WORKER);

        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("'5x' is not a period such as 5y");
        assertThat(zero.code()).isEqualTo(1);
        assertThat(zero.err()).contains("[retention.period]");
        assertThat(caseWorker.code()).isEqualTo(1);
        assertThat(caseWorker.err()).contains("[access.");
    }

    @Test
    void theRetentionPeriodReadsYearsMonthsWeeksDaysAndIso() {
        PrivacyCommand.KeptFor keep = new PrivacyCommand.KeptFor();

        assertThat(keep.convert("5y")).isEqualTo(java.time.Period.ofYears(5));
        assertThat(keep.convert("1y6m")).isEqualTo(java.time.Period.of(1, 6, 0));
        assertThat(keep.convert("2w")).isEqualTo(java.time.Period.ofDays(14));
        assertThat(keep.convert("90D")).isEqualTo(java.time.Period.ofDays(90));
        assertThat(keep.convert("P5Y")).isEqualTo(java.time.Period.ofYears(5));
    }
}
