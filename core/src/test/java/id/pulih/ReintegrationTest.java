package id.pulih;

import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.HQ_SUPERVISOR;
import static id.pulih.Fixtures.KUPANG;
import static id.pulih.Fixtures.LOMBOK_TENGAH;
import static id.pulih.Fixtures.intake;
import static id.pulih.ReintegrationSetUp.DINSOS_5202;
import static id.pulih.ReintegrationSetUp.HANDOVER;
import static id.pulih.ReintegrationSetUp.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.access.AccessDeniedException;
import id.pulih.beneficiary.CaseOutcome;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.reintegration.AtensiComponent;
import id.pulih.reintegration.DueFollowUp;
import id.pulih.reintegration.FollowUp;
import id.pulih.reintegration.FollowUpRecorded;
import id.pulih.reintegration.FollowUpStatus;
import id.pulih.reintegration.PlanCreated;
import id.pulih.reintegration.PlanForm;
import id.pulih.reintegration.PlanStatus;
import id.pulih.reintegration.PlannedService;
import id.pulih.reintegration.PlannedServiceForm;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.reintegration.RiskBasis;
import id.pulih.reintegration.RiskDimension;
import id.pulih.reintegration.RiskLevel;
import id.pulih.reintegration.ServiceStatus;
import id.pulih.reintegration.ServiceType;
import id.pulih.reintegration.VisitForm;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.DomainEvent;
import id.pulih.shared.IllegalTransitionException;
import id.pulih.shared.InvalidFormException;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.PulihException;
import id.pulih.shared.RiskFactor;
import id.pulih.shared.RuleViolationException;
import id.pulih.shared.Rupiah;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ReintegrationTest {
    private final Fixtures f = new Fixtures();
    private final ReintegrationSetUp home = new ReintegrationSetUp(f);
    private final Desk hq = f.pulih.as(HQ);
    private final Reintegration reintegration = hq.reintegration();
    private final BeneficiaryId siti = home.repatriated("Siti Aminah");

    private static void assertCode(ThrowingCallable call, Class<? extends PulihException> type, String code) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(type, e -> assertThat(e.code()).isEqualTo(code));
    }

    private ReintegrationPlan plan() {
        return reintegration.createPlan(PlanForm.of(siti, "a steady income from a food stall"));
    }

    @Test
    void aPlanMovesARepatriatedCaseIntoReintegrationAndSchedulesVisitsAfterTheHandover() {
        List<DomainEvent> events = new ArrayList<>();
        f.pulih.subscribe(events::add);

        ReintegrationPlan plan = plan();

        assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(plan.goals()).containsExactly("a steady income from a food stall");
        assertThat(hq.cases().get(siti).status()).isEqualTo(CaseStatus.IN_REINTEGRATION);
        assertThat(reintegration.followUps(siti))
                .extracting(FollowUp::dueOn)
                .containsExactly(
                        HANDOVER.plusMonths(1),
                        HANDOVER.plusMonths(3),
                        HANDOVER.plusMonths(6),
                        HANDOVER.plusMonths(12));
        assertThat(reintegration.plan(siti)).contains(plan);
        assertThat(events)
                .last()
                .isInstanceOfSatisfying(
                        PlanCreated.class, e -> assertThat(e.followUps()).isEqualTo(4));
    }

    @Test
    void theScheduleIsConfigurableAndCountsFromThePlanWhenThereWasNoHandover() {
        BeneficiaryId atHome =
                hq.cases().register(intake().name("Ani").build()).beneficiary().id();
        hq.cases().startReintegration(atHome);

        reintegration.createPlan(new PlanForm(atHome, List.of("back to school"), List.of(2, 4)));

        assertThat(reintegration.followUps(atHome))
                .extracting(FollowUp::dueOn)
                .containsExactly(Fixtures.TODAY.plusMonths(2), Fixtures.TODAY.plusMonths(4));
    }

    @Test
    void refusesAPlanForACaseNotHomeYet() {
        BeneficiaryId registered =
                hq.cases().register(intake().name("Ani").build()).beneficiary().id();

        assertCode(
                () -> reintegration.createPlan(PlanForm.of(registered, "work")),
                RuleViolationException.class,
                "plan.case-status");
        assertThat(reintegration.followUps(registered)).isEmpty();
    }

    @Test
    void refusesAPlanWithoutGoalsOrWithAScheduleOutOfOrder() {
        assertThatThrownBy(() -> reintegration.createPlan(new PlanForm(siti, List.of(" "), List.of(3, 1, 0))))
                .isInstanceOfSatisfying(
                        InvalidFormException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field())
                                .contains(
                                        "goals[0].<list element>",
                                        "followUpMonths",
                                        "followUpMonths[2].<list element>"));
        assertThatThrownBy(() -> reintegration.createPlan(new PlanForm(siti, List.of(), null)))
                .isInstanceOf(InvalidFormException.class);
        assertThat(hq.cases().get(siti).status()).isEqualTo(CaseStatus.REPATRIATED);
    }

    @Test
    void oneActivePlanPerCaseUntilASupervisorClosesIt() {
        ReintegrationPlan first = plan();

        assertCode(this::plan, ConflictException.class, "plan.active-exists");
        assertCode(
                () -> reintegration.closePlan(first.id(), "moved to Mataram"),
                AccessDeniedException.class,
                "access.role");

        ReintegrationPlan closed = f.pulih.as(HQ_SUPERVISOR).reintegration().closePlan(first.id(), "moved to Mataram");
        assertThat(closed.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(reintegration.followUps(siti)).extracting(FollowUp::status).containsOnly(FollowUpStatus.CANCELLED);
        assertThat(reintegration.plan(siti)).isEmpty();
        assertCode(
                () -> reintegration.addService(first.id(), service(ServiceType.DEBT_SETTLEMENT, DINSOS_5202)),
                RuleViolationException.class,
                "plan.closed");

        ReintegrationPlan second = plan();
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(reintegration.followUps(siti))
                .filteredOn(u -> u.status() == FollowUpStatus.SCHEDULED)
                .hasSize(4);
    }

    @Test
    void theStoreKeepsOneActivePlanPerCaseEvenWithoutTheService() {
        ReintegrationPlan first = plan();

        assertCode(
                () -> f.pulih
                        .store()
                        .reintegrationPlans()
                        .save(ReintegrationPlan.create(siti, List.of("another"), Fixtures.TODAY, "hq-01")),
                ConflictException.class,
                "plan.active-exists");
        assertThat(f.pulih.store().reintegrationPlans().forBeneficiary(siti)).containsExactly(first);
    }

    @Test
    void servicesAreClassifiedByAtensiComponentWithTheTypesDefaultUnlessTheFormSaysOtherwise() {
        ReintegrationPlan plan = plan();

        PlannedService jkn = reintegration.addService(plan.id(), service(ServiceType.PBI_JKN_ENROLMENT, DINSOS_5202));
        PlannedService house = reintegration.addService(
                plan.id(),
                new PlannedServiceForm(
                        ServiceType.HOUSE_REHABILITATION,
                        AtensiComponent.ACCESSIBILITY_SUPPORT,
                        "ramp for a wheelchair",
                        DINSOS_5202,
                        LocalDate.of(2020, 9, 1),
                        Rupiah.parse("Rp 15.000.000")));

        assertThat(jkn.component()).isEqualTo(AtensiComponent.SOCIAL_ASSISTANCE);
        assertThat(jkn.status()).isEqualTo(ServiceStatus.PLANNED);
        assertThat(house.component()).isEqualTo(AtensiComponent.ACCESSIBILITY_SUPPORT);
        assertThat(reintegration.plan(siti).orElseThrow().plannedCost()).isEqualTo(Rupiah.parse("Rp 16.500.000"));
        for (ServiceType type : ServiceType.values()) {
            assertThat(type.defaultComponent()).isNotNull();
        }
    }

    @Test
    void aServiceMovesPlannedInProgressDeliveredAndNothingElse() {
        ReintegrationPlan plan = plan();
        PlannedService s = reintegration.addService(plan.id(), service(ServiceType.VOCATIONAL_TRAINING, DINSOS_5202));

        assertCode(
                () -> reintegration.deliverService(s.id(), Fixtures.TODAY),
                IllegalTransitionException.class,
                "service.transition");
        assertThat(reintegration.startService(s.id()).status()).isEqualTo(ServiceStatus.IN_PROGRESS);
        assertCode(
                () -> reintegration.deliverService(s.id(), Fixtures.TODAY.plusDays(1)),
                InvalidValueException.class,
                "date.future");
        PlannedService delivered = reintegration.deliverService(s.id(), Fixtures.TODAY);
        assertThat(delivered.status()).isEqualTo(ServiceStatus.DELIVERED);
        assertThat(delivered.delivery()).contains(Fixtures.TODAY);
        assertCode(() -> reintegration.startService(s.id()), IllegalTransitionException.class, "service.transition");
        assertCode(
                () -> reintegration.cancelService(s.id(), "no longer needed"),
                IllegalTransitionException.class,
                "service.transition");
    }

    @Test
    void aServiceIsCancelledWithAReasonBeforeDelivery() {
        ReintegrationPlan plan = plan();
        PlannedService planned = reintegration.addService(plan.id(), service(ServiceType.DEBT_SETTLEMENT, DINSOS_5202));
        PlannedService started = reintegration.addService(plan.id(), service(ServiceType.HEALTH_COSTS, DINSOS_5202));
        reintegration.startService(started.id());

        assertCode(
                () -> reintegration.cancelService(planned.id(), " "), InvalidValueException.class, "reason.required");
        assertThat(reintegration.cancelService(planned.id(), "debt forgiven").cancelReason())
                .isEqualTo("debt forgiven");
        assertThat(reintegration
                        .cancelService(started.id(), "covered by PBI-JKN")
                        .status())
                .isEqualTo(ServiceStatus.CANCELLED);
        assertCode(
                () -> reintegration.startService(planned.id()), IllegalTransitionException.class, "service.transition");
        assertThat(reintegration.plan(siti).orElseThrow().plannedCost()).isEqualTo(Rupiah.ZERO);
    }

    @Test
    void aVisitRecordsTheFactorsObservedAndExplainsTheScore() {
        List<DomainEvent> events = new ArrayList<>();
        f.pulih.subscribe(events::add);
        plan();
        FollowUp first = reintegration.followUps(siti).get(0);

        FollowUp visited = reintegration.recordVisit(
                first.id(),
                new VisitForm(
                        LocalDate.of(2020, 6, 1),
                        Set.of(RiskFactor.DEBT_TRAP, RiskFactor.RE_TRAFFICKING_APPROACH),
                        "agent asked for repayment"));

        assertThat(visited.status()).isEqualTo(FollowUpStatus.VISITED);
        assertThat(visited.visit()).contains(LocalDate.of(2020, 6, 1));
        var score = visited.riskScore().orElseThrow();
        assertThat(score.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(score.economic()).isEqualTo(3);
        assertThat(score.social()).isEqualTo(8);
        assertThat(score.psychosocial()).isZero();
        assertThat(score.raisedBy(RiskDimension.SOCIAL)).containsExactly(RiskFactor.RE_TRAFFICKING_APPROACH);
        assertThat(score.explanation())
                .isEqualTo("HIGH 11: economic 3 (DEBT_TRAP +3); social 8 (RE_TRAFFICKING_APPROACH +8); psychosocial 0");
        assertThat(events)
                .last()
                .isInstanceOfSatisfying(
                        FollowUpRecorded.class, e -> assertThat(e.total()).isEqualTo(11));
        assertCode(
                () -> reintegration.recordVisit(first.id(), new VisitForm(Fixtures.TODAY, Set.of(), null)),
                IllegalTransitionException.class,
                "followup.transition");
    }

    @Test
    void refusesAVisitInTheFutureOrBeforeThePlan() {
        plan();
        FollowUp first = reintegration.followUps(siti).get(0);

        assertThatThrownBy(() -> reintegration.recordVisit(
                        first.id(), new VisitForm(Fixtures.TODAY.plusDays(1), Set.of(), null)))
                .isInstanceOf(InvalidFormException.class);
        assertCode(
                () -> reintegration.recordVisit(first.id(), new VisitForm(LocalDate.of(2020, 5, 1), Set.of(), null)),
                RuleViolationException.class,
                "followup.before-plan");
        assertThat(reintegration.followUps(siti).get(0).status()).isEqualTo(FollowUpStatus.SCHEDULED);
    }

    @Test
    void listsOverdueAndUpcomingVisitsOfOpenCasesInTheJurisdictionHighestRiskFirst() {
        plan(); // due 23/04 (overdue), 23/06, ...
        BeneficiaryId ani = home.repatriated("Ani");
        hq.cases().assess(ani, CasesTest.assessment(Fixtures.TODAY, RiskFactor.DEBT_TRAP));
        reintegration.createPlan(new PlanForm(ani, List.of("work"), List.of(2, 6))); // due 23/05 (overdue), ...
        BeneficiaryId wati = home.repatriated("Wati");
        reintegration.createPlan(new PlanForm(wati, List.of("work"), List.of(1, 6))); // due 23/04 (overdue)
        f.pulih.as(HQ_SUPERVISOR).cases().close(wati, CaseOutcome.LOST_CONTACT, "moved away");

        List<DueFollowUp> due = reintegration.followUpsDue();

        assertThat(due).extracting(d -> d.followUp().beneficiary()).containsExactly(ani, siti);
        assertThat(due.get(0).basis()).isEqualTo(RiskBasis.LATEST_ASSESSMENT);
        assertThat(due.get(0).risk().total()).isEqualTo(3);
        assertThat(due.get(1).basis()).isEqualTo(RiskBasis.NOTHING_OBSERVED);
        assertThat(due).allSatisfy(d -> assertThat(d.overdue()).isTrue());

        reintegration.recordVisit(
                reintegration.followUps(siti).get(0).id(),
                new VisitForm(Fixtures.TODAY, Set.of(RiskFactor.FAMILY_DISHARMONY, RiskFactor.SHAME_AT_RETURN), null));
        f.clock.advance(Duration.ofDays(16)); // 17/06: siti's 23/06 visit is upcoming
        List<DueFollowUp> later = reintegration.followUpsDue();
        assertThat(later).extracting(d -> d.followUp().beneficiary()).containsExactly(siti, ani);
        assertThat(later.get(0).overdue()).isFalse();
        assertThat(later.get(0).basis()).isEqualTo(RiskBasis.LATEST_VISIT);
        assertThat(later.get(0).risk().level()).isEqualTo(RiskLevel.MEDIUM);

        assertThat(f.pulih.as(LOMBOK_TENGAH).reintegration().followUpsDue()).hasSize(2);
        assertThat(f.pulih.as(KUPANG).reintegration().followUpsDue()).isEmpty();
    }

    @Test
    void everyCommandLeavesExactlyOneAuditEntry() {
        long before = f.pulih.store().auditTrail().count();
        List<Supplier<?>> commands = new ArrayList<>();
        ReintegrationPlan plan = plan();
        assertThat(f.pulih.store().auditTrail().count()).isEqualTo(before + 1);
        PlannedService s = reintegration.addService(plan.id(), service(ServiceType.DEBT_SETTLEMENT, DINSOS_5202));
        FollowUp first = reintegration.followUps(siti).get(0);
        commands.add(() -> reintegration.startService(s.id()));
        commands.add(() -> reintegration.deliverService(s.id(), Fixtures.TODAY));
        commands.add(() -> reintegration.recordVisit(first.id(), new VisitForm(Fixtures.TODAY, Set.of(), null)));
        commands.add(() -> f.pulih.as(HQ_SUPERVISOR).reintegration().closePlan(plan.id(), "self-reliant"));
        for (Supplier<?> command : commands) {
            long count = f.pulih.store().auditTrail().count();
            command.get();
            assertThat(f.pulih.store().auditTrail().count()).isEqualTo(count + 1);
        }
        assertThat(f.pulih
                        .store()
                        .auditTrail()
                        .forRecord("reintegration-plan", plan.id().toString()))
                .extracting(e -> e.action())
                .containsExactly(
                        "plan.create", "plan.add-service", "plan.start-service", "plan.deliver-service", "plan.close");
        assertThat(f.pulih
                        .store()
                        .auditTrail()
                        .forRecord("follow-up", first.id().toString()))
                .singleElement()
                .satisfies(e -> assertThat(e.summary()).contains("LOW 0"));
    }

    @Test
    void aRefusedCommandChangesNothing() {
        BeneficiaryId registered =
                hq.cases().register(intake().name("Ani").build()).beneficiary().id();
        long count = f.pulih.store().auditTrail().count();

        assertThatThrownBy(() -> reintegration.createPlan(PlanForm.of(registered, "work")))
                .isInstanceOf(RuleViolationException.class);
        assertCode(
                () -> f.pulih.as(KUPANG).reintegration().createPlan(PlanForm.of(siti, "work")),
                AccessDeniedException.class,
                "access.denied");

        assertThat(f.pulih.store().auditTrail().count()).isEqualTo(count);
        assertThat(f.pulih.store().reintegrationPlans().forBeneficiary(siti)).isEmpty();
        assertThat(hq.cases().get(siti).status()).isEqualTo(CaseStatus.REPATRIATED);
    }
}
