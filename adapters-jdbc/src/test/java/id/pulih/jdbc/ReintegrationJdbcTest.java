package id.pulih.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.pulih.access.Jurisdiction;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.BirthDate;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.Person;
import id.pulih.beneficiary.ReturnInfo;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.beneficiary.TraffickingProfile;
import id.pulih.reintegration.AtensiComponent;
import id.pulih.reintegration.FollowUp;
import id.pulih.reintegration.FollowUpStatus;
import id.pulih.reintegration.PlannedService;
import id.pulih.reintegration.Referral;
import id.pulih.reintegration.ReferralStatus;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.reintegration.RetraffickingRiskPolicy;
import id.pulih.reintegration.RiskLevel;
import id.pulih.reintegration.ServiceStatus;
import id.pulih.reintegration.ServiceType;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.FollowUpId;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.PersonName;
import id.pulih.shared.PlanId;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RiskFactor;
import id.pulih.shared.Rupiah;
import id.pulih.shared.ServiceId;
import id.pulih.shared.Sex;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reintegration ports of {@link JdbcStore} on H2: plans with their goals, services and referrals, and follow-ups
 * with their scores, round-trip every field; versions bump, stale saves are refused, and a second active plan is
 * refused with the existing plan's id.
 */
class ReintegrationJdbcTest {
    private static final LocalDate HANDOVER = LocalDate.of(2020, 3, 23);
    private static final OrganisationId DINSOS_5202 = OrganisationId.of("DINSOS-5202");
    private static final OrganisationId PANCA_KARSA = OrganisationId.of("LKS-PANCA-KARSA");
    private static final OrganisationId RUMAH_PEREMPUAN = OrganisationId.of("LKS-RUMAH-PEREMPUAN");
    private static final RetraffickingRiskPolicy POLICY = new RetraffickingRiskPolicy();

    private JdbcStore store;
    private BeneficiaryId siti;
    private BeneficiaryId ani;

    @BeforeEach
    void openFreshDatabase() {
        store = JdbcStore.h2InMemory("pulih-" + UUID.randomUUID());
        siti = store.beneficiaries().save(beneficiary("Siti Aminah")).id();
        ani = store.beneficiaries().save(beneficiary("Ani")).id();
    }

    // ---- plans

    @Test
    void aPlanRoundTripsEveryFieldThroughItsWholeLife() {
        ReintegrationPlan fresh = ReintegrationPlan.create(
                siti, List.of("a food stall in Praya", "her daughter back at school"), HANDOVER, "hq-01");
        ReintegrationPlan plan = saved(fresh);
        assertThat(plan).isEqualTo(fresh.withVersion(1));

        PlannedService debt = PlannedService.plan(
                ServiceType.DEBT_SETTLEMENT,
                null,
                "the recruiter's 'loan'",
                DINSOS_5202,
                HANDOVER.plusDays(30),
                Rupiah.parse("Rp 3.500.000"));
        PlannedService training = PlannedService.plan(
                ServiceType.ENTREPRENEURSHIP_EMPOWERMENT,
                AtensiComponent.SOCIAL_ASSISTANCE,
                null,
                DINSOS_5202,
                HANDOVER.plusDays(60),
                Rupiah.ZERO);
        PlannedService therapy = PlannedService.plan(
                ServiceType.PSYCHOSOCIAL_THERAPY,
                null,
                "weekly",
                RUMAH_PEREMPUAN,
                HANDOVER.plusDays(14),
                Rupiah.parse("Rp 750.000"));
        plan = saved(plan.addService(debt));
        plan = saved(plan.addService(training).addService(therapy));
        plan = saved(plan.startService(debt.id()));
        plan = saved(plan.deliverService(debt.id(), HANDOVER.plusDays(20)));
        plan = saved(plan.refer(
                training.id(),
                Referral.send(PANCA_KARSA, HANDOVER.plusDays(2), "hq-sup", "cannot be reached; debt collector")));
        plan = saved(plan.rejectReferral(training.id(), HANDOVER.plusDays(4), "lks-ppk-01", "no trainer until 2021"));
        plan = saved(plan.refer(training.id(), Referral.send(RUMAH_PEREMPUAN, HANDOVER.plusDays(5), "hq-01", "")));
        plan = saved(plan.acceptReferral(training.id(), HANDOVER.plusDays(6), "lks-rp-01"));
        plan = saved(plan.cancelService(therapy.id(), "moved to Mataram; seen there"));

        PlannedService referred = plan.service(training.id()).orElseThrow();
        assertThat(referred.referrals())
                .extracting(Referral::to, Referral::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PANCA_KARSA, ReferralStatus.REJECTED),
                        org.assertj.core.groups.Tuple.tuple(RUMAH_PEREMPUAN, ReferralStatus.ACCEPTED));
        assertThat(referred.provider()).isEqualTo(RUMAH_PEREMPUAN);
        assertThat(referred.component()).isEqualTo(AtensiComponent.SOCIAL_ASSISTANCE);
        assertThat(plan.services())
                .extracting(PlannedService::status)
                .containsExactly(ServiceStatus.DELIVERED, ServiceStatus.PLANNED, ServiceStatus.CANCELLED);
        assertThat(plan.version()).isEqualTo(10);
        assertThat(store.reintegrationPlans().findByService(therapy.id())).contains(plan);
        assertThat(store.reintegrationPlans().findActive(siti)).contains(plan);

        ReintegrationPlan closed = saved(plan.close(HANDOVER.plusDays(90), "self-reliant"));
        assertThat(closed.closedOn()).contains(HANDOVER.plusDays(90));
        assertThat(store.reintegrationPlans().findActive(siti)).isEmpty();
        assertThat(store.reintegrationPlans().find(PlanId.next())).isEmpty();
        assertThat(store.reintegrationPlans().findByService(ServiceId.next())).isEmpty();
    }

    @Test
    void plansOfAPersonComeOldestFirstAndOnlyHers() {
        ReintegrationPlan first = saved(ReintegrationPlan.create(siti, List.of("work"), HANDOVER, "hq-01")
                .close(HANDOVER.plusDays(10), "moved"));
        ReintegrationPlan second = saved(ReintegrationPlan.create(siti, List.of("work"), HANDOVER.plusDays(11), "hq-01")
                .close(HANDOVER.plusDays(20), "moved again"));
        ReintegrationPlan third =
                saved(ReintegrationPlan.create(siti, List.of("work"), HANDOVER.plusDays(21), "hq-01"));
        ReintegrationPlan hers = saved(ReintegrationPlan.create(ani, List.of("school"), HANDOVER, "hq-01"));

        assertThat(store.reintegrationPlans().forBeneficiary(siti)).containsExactly(first, second, third);
        assertThat(store.reintegrationPlans().forBeneficiary(ani)).containsExactly(hers);
    }

    @Test
    void aStalePlanSaveIsRefusedAndWritesNothing() {
        PlannedService debt = service(ServiceType.DEBT_SETTLEMENT);
        ReintegrationPlan v1 = saved(ReintegrationPlan.create(siti, List.of("work"), HANDOVER, "hq-01"));
        ReintegrationPlan v2 = saved(v1.addService(debt));

        ConflictException stale = conflict(
                "record.stale", () -> store.reintegrationPlans().save(v1.addService(service(ServiceType.CHILDCARE))));

        assertThat(stale.recordId()).isEqualTo(v1.id().toString());
        assertThat(store.reintegrationPlans().find(v1.id())).contains(v2);
        conflict("record.stale", () -> store.reintegrationPlans().save(v1.withVersion(0)));
        conflict(
                "record.stale",
                () -> store.reintegrationPlans()
                        .save(ReintegrationPlan.create(ani, List.of("work"), HANDOVER, "hq-01")
                                .withVersion(1)));
        assertThat(store.reintegrationPlans().forBeneficiary(ani)).isEmpty();
    }

    @Test
    void aSecondActivePlanIsRefusedNamingTheActiveOne() {
        ReintegrationPlan active = saved(ReintegrationPlan.create(siti, List.of("work"), HANDOVER, "hq-01"));
        ReintegrationPlan second = ReintegrationPlan.create(siti, List.of("school"), HANDOVER.plusDays(1), "hq-01");

        ConflictException refused =
                conflict("plan.active-exists", () -> store.reintegrationPlans().save(second));

        assertThat(refused.recordId()).isEqualTo(active.id().toString());
        assertThat(refused.recordType()).isEqualTo("reintegration-plan");
        assertThat(store.reintegrationPlans().forBeneficiary(siti)).containsExactly(active);

        saved(active.close(HANDOVER.plusDays(1), "start again"));
        assertThat(saved(second).isActive()).isTrue();
        assertThat(saved(ReintegrationPlan.create(ani, List.of("work"), HANDOVER, "hq-01"))
                        .isActive())
                .isTrue();
    }

    @Test
    void theDatabaseRefusesASecondActivePlanWithTheRuleCode() throws SQLException {
        ReintegrationPlan active = saved(ReintegrationPlan.create(siti, List.of("work"), HANDOVER, "hq-01"));
        String columns = "beneficiary_id, status, created_on, created_by, closed_on, close_reason";
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO reintegration_plan (id, version, " + columns
                        + ") SELECT ?, 1, " + columns + " FROM reintegration_plan WHERE id = ?")) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, active.id().value());
            SQLException refused = catchThrowableOfType(SQLException.class, s::executeUpdate);
            assertThat((Throwable) refused).isNotNull();
            assertThat(Jdbc.translate(refused).code()).isEqualTo("plan.active-exists");
        }
    }

    // ---- follow-ups

    @Test
    void aFollowUpRoundTripsScheduledVisitedAndCancelled() {
        ReintegrationPlan plan = saved(ReintegrationPlan.create(siti, List.of("work"), HANDOVER, "hq-01"));
        FollowUp first = FollowUp.schedule(siti, plan.id(), HANDOVER, 1);
        FollowUp second = FollowUp.schedule(siti, plan.id(), HANDOVER, 3);

        FollowUp scheduled = store.followUps().save(first);
        store.followUps().save(second);
        assertThat(scheduled).isEqualTo(first.withVersion(1));
        assertThat(store.followUps().find(first.id())).contains(scheduled);

        FollowUp visited = store.followUps()
                .save(scheduled.recordVisit(
                        HANDOVER.plusDays(40),
                        Set.of(RiskFactor.DEBT_TRAP, RiskFactor.RE_TRAFFICKING_APPROACH, RiskFactor.SHAME_AT_RETURN),
                        "the agent asked for repayment",
                        "hq-01",
                        POLICY));
        FollowUp found = store.followUps().find(first.id()).orElseThrow();
        assertThat(found).isEqualTo(visited);
        assertThat(found.version()).isEqualTo(2);
        assertThat(found.riskScore().orElseThrow().level()).isEqualTo(RiskLevel.HIGH);
        assertThat(found.riskScore().orElseThrow().explanation())
                .isEqualTo(visited.riskScore().orElseThrow().explanation());

        FollowUp cancelled = store.followUps()
                .save(store.followUps().find(second.id()).orElseThrow().cancel());
        assertThat(store.followUps().find(second.id())).contains(cancelled);
        assertThat(cancelled.status()).isEqualTo(FollowUpStatus.CANCELLED);
        assertThat(store.followUps().find(FollowUpId.next())).isEmpty();
    }

    @Test
    void aVisitWithNothingObservedKeepsItsEmptyScore() {
        ReintegrationPlan plan = saved(ReintegrationPlan.create(siti, List.of("work"), HANDOVER, "hq-01"));
        FollowUp scheduled = store.followUps().save(FollowUp.schedule(siti, plan.id(), HANDOVER, 1));

        FollowUp visited =
                store.followUps().save(scheduled.recordVisit(HANDOVER.plusDays(30), Set.of(), null, "hq-01", POLICY));

        assertThat(store.followUps().find(scheduled.id())).contains(visited);
        assertThat(visited.riskScore().orElseThrow().total()).isZero();
        assertThat(visited.notes()).isEmpty();
    }

    @Test
    void followUpsComeEarliestDueFirstAndTheDueListHoldsOnlyScheduledOnes() {
        ReintegrationPlan sitisPlan = saved(ReintegrationPlan.create(siti, List.of("work"), HANDOVER, "hq-01"));
        ReintegrationPlan anisPlan = saved(ReintegrationPlan.create(ani, List.of("work"), HANDOVER, "hq-01"));
        FollowUp twelve = store.followUps().save(FollowUp.schedule(siti, sitisPlan.id(), HANDOVER, 12));
        FollowUp one = store.followUps().save(FollowUp.schedule(siti, sitisPlan.id(), HANDOVER, 1));
        FollowUp six = store.followUps().save(FollowUp.schedule(siti, sitisPlan.id(), HANDOVER, 6));
        FollowUp anisTwo = store.followUps().save(FollowUp.schedule(ani, anisPlan.id(), HANDOVER, 2));
        FollowUp visited =
                store.followUps().save(one.recordVisit(HANDOVER.plusMonths(1), Set.of(), null, "hq-01", POLICY));

        assertThat(store.followUps().forBeneficiary(siti)).containsExactly(visited, six, twelve);
        assertThat(store.followUps().scheduledUntil(HANDOVER.plusMonths(6))).containsExactly(anisTwo, six);
        assertThat(store.followUps().scheduledUntil(HANDOVER.plusMonths(6).minusDays(1)))
                .containsExactly(anisTwo);
    }

    @Test
    void aStaleFollowUpSaveIsRefusedAndWritesNothing() {
        ReintegrationPlan plan = saved(ReintegrationPlan.create(siti, List.of("work"), HANDOVER, "hq-01"));
        FollowUp v1 = store.followUps().save(FollowUp.schedule(siti, plan.id(), HANDOVER, 1));
        FollowUp v2 = store.followUps()
                .save(v1.recordVisit(HANDOVER.plusDays(30), Set.of(RiskFactor.DEBT_TRAP), null, "hq-01", POLICY));

        ConflictException stale =
                conflict("record.stale", () -> store.followUps().save(v1.cancel()));

        assertThat(stale.recordId()).isEqualTo(v1.id().toString());
        assertThat(store.followUps().find(v1.id())).contains(v2);
        conflict("record.stale", () -> store.followUps().save(v1.withVersion(0)));
    }

    // ---- samples

    private ReintegrationPlan saved(ReintegrationPlan plan) {
        ReintegrationPlan stored = store.reintegrationPlans().save(plan);
        assertThat(stored).isEqualTo(plan.withVersion(plan.version() + 1));
        assertThat(store.reintegrationPlans().find(plan.id())).contains(stored);
        return stored;
    }

    private static PlannedService service(ServiceType type) {
        return PlannedService.plan(type, null, null, DINSOS_5202, HANDOVER.plusDays(30), Rupiah.parse("Rp 1.500.000"));
    }

    private static Beneficiary beneficiary(String name) {
        Person person = new Person(
                PersonName.of(name),
                Sex.FEMALE,
                BirthDate.estimatedYear(1995),
                Optional.empty(),
                Optional.empty(),
                DocumentStatus.LOST,
                RegionCode.of("52.02.01"),
                Optional.empty());
        return Beneficiary.register(
                person,
                new ReturnInfo("MY", HANDOVER.minusDays(30), "Tanjung Pinang", ReturnMode.DEPORTED),
                TraffickingProfile.unknown(),
                List.of(),
                Jurisdiction.national(),
                Instant.parse("2020-02-20T02:00:00Z"),
                "officer-1");
    }

    private static ConflictException conflict(String code, ThrowingCallable save) {
        ConflictException thrown = catchThrowableOfType(ConflictException.class, save);
        assertThat(thrown).as("a ConflictException " + code).isNotNull();
        assertThat(thrown.code()).isEqualTo(code);
        return thrown;
    }
}
