package id.pulih.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.Desk;
import id.pulih.Pulih;
import id.pulih.access.Actor;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.audit.AuditEntry;
import id.pulih.beneficiary.AssessmentForm;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.CaseOutcome;
import id.pulih.beneficiary.Person;
import id.pulih.beneficiary.PovertyCategory;
import id.pulih.beneficiary.TraffickingProfile;
import id.pulih.privacy.Breach;
import id.pulih.privacy.BreachForm;
import id.pulih.privacy.DataCategory;
import id.pulih.privacy.Decision;
import id.pulih.privacy.DecisionForm;
import id.pulih.privacy.Erasure;
import id.pulih.privacy.Exemption;
import id.pulih.privacy.NotifiedParty;
import id.pulih.privacy.RequestForm;
import id.pulih.privacy.RequestKind;
import id.pulih.privacy.RetentionCandidate;
import id.pulih.privacy.ReviewDecision;
import id.pulih.privacy.RiskReview;
import id.pulih.privacy.SubjectRequest;
import id.pulih.reintegration.FollowUp;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.reintegration.VisitForm;
import id.pulih.report.RegionRow;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.PersonName;
import id.pulih.shared.PulihException;
import id.pulih.shared.RecordType;
import id.pulih.shared.RegionLevel;
import id.pulih.shared.RiskFactor;
import id.pulih.testkit.contract.MatrixWorld.Side;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The privacy service on the store under test: data-subject requests with their deadlines and exemptions, restriction
 * refusing every other service until lifted, the objection to a risk score and its review, erasure leaving no name or
 * identifier readable while the counts stay, the breach register and its deadline, and retention with its dry run.
 */
public abstract class PrivacyContract extends PortContract {
    /** For subclasses. */
    protected PrivacyContract() {}

    private static final Instant NOW = MatrixWorld.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC);

    private static String code(Throwable e) {
        return ((PulihException) e).code();
    }

    @Test
    void aRequestIsDueThreeTimes24HoursAfterReceiptAndARefusalNamesAnExemptionOfItsKind() {
        MatrixWorld world = new MatrixWorld(store());
        BeneficiaryId id = world.fresh(Side.A);
        Instant received = NOW.minus(Duration.ofHours(5));

        SubjectRequest asked = world.hq
                .privacy()
                .receiveRequest(
                        new RequestForm(id, RequestKind.ACCESS, received, "a copy of her file, for the lawyer"));

        assertThat(asked.dueAt()).isEqualTo(received.plus(Duration.ofHours(72)));
        assertThatThrownBy(() -> world.hq
                        .privacy()
                        .decideRequest(asked.id(), new DecisionForm(Decision.REFUSED, null, "the case is with police")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("request.exemption-required"));
        assertThatThrownBy(() -> world.hq
                        .privacy()
                        .decideRequest(
                                asked.id(),
                                new DecisionForm(Decision.REFUSED, Exemption.LAW_ENFORCEMENT, "the police asked")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("request.exemption-kind"));
        SubjectRequest decided = world.hq
                .privacy()
                .decideRequest(
                        asked.id(),
                        new DecisionForm(
                                Decision.PARTLY_GRANTED,
                                Exemption.ACCESS_DISCLOSES_OTHERS,
                                "her file, without the statements of the other victims"));

        assertThat(world.hq.privacy().requests(id)).containsExactly(decided);
        assertThat(decided.decision()).isEqualTo(Decision.PARTLY_GRANTED);
        assertThat(decided.exemption()).isEqualTo(Exemption.ACCESS_DISCLOSES_OTHERS);
        assertThat(decided.decidedBy()).isEqualTo(world.hq.actor().id());
        assertThat(decided.answeredLate()).isFalse();
        assertThat(store().auditTrail()
                        .forRecord(
                                RecordType.SUBJECT_REQUEST.label(), asked.id().toString()))
                .hasSize(2);
        assertThatThrownBy(() ->
                        world.hq.privacy().decideRequest(asked.id(), new DecisionForm(Decision.GRANTED, null, "again")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("request.decided"));
    }

    @Test
    void overdueRequestsAreTheUndecidedOnesPastTheirDeadline() {
        MatrixWorld world = new MatrixWorld(store());
        BeneficiaryId id = world.fresh(Side.A);
        SubjectRequest late = world.hq
                .privacy()
                .receiveRequest(new RequestForm(id, RequestKind.RESTRICTION, NOW.minus(Duration.ofHours(73)), null));
        SubjectRequest onTime = world.hq
                .privacy()
                .receiveRequest(new RequestForm(id, RequestKind.RECTIFICATION, NOW.minus(Duration.ofHours(71)), null));
        SubjectRequest decided = world.hq
                .privacy()
                .receiveRequest(new RequestForm(id, RequestKind.ERASURE, NOW.minus(Duration.ofDays(9)), null));
        world.hq
                .privacy()
                .decideRequest(
                        decided.id(),
                        new DecisionForm(Decision.REFUSED, Exemption.LAW_ENFORCEMENT, "evidence in a TPPO case"));

        assertThat(world.hq.privacy().overdueRequests()).containsExactly(late);
        assertThat(world.hq.privacy().requests(id))
                .extracting(SubjectRequest::id)
                .containsExactly(decided.id(), late.id(), onTime.id());
        assertThatThrownBy(() -> world.hq
                        .privacy()
                        .receiveRequest(new RequestForm(id, RequestKind.ACCESS, NOW.plusSeconds(60), null)))
                .satisfies(e -> assertThat(code(e)).isEqualTo("request.received-future"));
    }

    @Test
    void aRestrictedCaseIsRefusedByEveryOtherServiceUntilLifted() {
        MatrixWorld world = new MatrixWorld(store());
        MatrixWorld.Main main = world.main(Side.A);
        BeneficiaryId id = main.id();
        world.hq.privacy().restrict(id, "she asked that nothing be done until her lawyer is back");

        Desk hq = world.hq;
        List<Runnable> processing = List.of(
                () -> hq.cases().get(id),
                () -> hq.cases()
                        .assess(
                                id,
                                new AssessmentForm(
                                        MatrixWorld.TODAY,
                                        PovertyCategory.MISKIN,
                                        Set.of(),
                                        Set.of(RiskFactor.DEBT_TRAP),
                                        Set.of())),
                () -> hq.shelters().stays(id),
                () -> hq.returns().forBeneficiary(id),
                () -> hq.reintegration().followUps(id),
                () -> hq.cases().close(id, CaseOutcome.LOST_CONTACT, "no contact"));
        for (Runnable call : processing) {
            assertThatThrownBy(call::run).satisfies(e -> assertThat(code(e)).isEqualTo("case.restricted"));
        }
        assertThat(hq.oversight().accessLog(id)).isNotEmpty();
        assertThat(hq.oversight().auditTrail("beneficiary", id.toString())).isNotEmpty();
        assertThat(hq.privacy().restriction(id)).isPresent();
        assertThatThrownBy(() -> hq.privacy().restrict(id, "twice"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("case.already-restricted"));

        hq.privacy().liftRestriction(id, "her lawyer agreed to go on");

        assertThat(hq.cases().get(id).id()).isEqualTo(id);
        assertThat(hq.privacy().restriction(id)).isEmpty();
        assertThatThrownBy(() -> hq.privacy().liftRestriction(id, "again"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("case.not-restricted"));
    }

    @Test
    void anObjectionPutsTheRiskScoreUnderHumanReviewUntilASupervisorDecides() {
        MatrixWorld world = new MatrixWorld(store());
        ReintegrationPlan plan = world.planned(Side.A);
        FollowUp first = world.firstFollowUp(plan.beneficiary());
        assertThatThrownBy(() -> world.hq.privacy().objectToRiskScore(first.id(), "no visit yet"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("risk.no-score"));
        FollowUp visit = world.hq
                .reintegration()
                .recordVisit(first.id(), new VisitForm(MatrixWorld.TODAY, Set.of(RiskFactor.DEBT_TRAP), "a stall"));

        RiskReview open = world.hq.privacy().objectToRiskScore(visit.id(), "the debt was paid last month");

        assertThat(open.underReview()).isTrue();
        assertThat(world.hq.privacy().riskReviews(visit.id())).containsExactly(open);
        assertThatThrownBy(() -> world.hq.privacy().objectToRiskScore(visit.id(), "again"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("risk.under-review"));
        RiskReview decided = world.hq
                .privacy()
                .reviewRiskScore(open.id(), ReviewDecision.SET_ASIDE, "the receipt of the repayment was shown");

        assertThat(world.hq.privacy().riskReviews(visit.id())).containsExactly(decided);
        assertThat(decided.underReview()).isFalse();
        assertThat(decided.reviewedBy()).isEqualTo(world.hq.actor().id());
        assertThat(decided.reviewedAt()).isEqualTo(NOW);
    }

    @Test
    void erasureLeavesNoNameOrIdentifierReadableAndTheCountsAsTheyWere() {
        MatrixWorld world = new MatrixWorld(store());
        MatrixWorld.Main main = world.main(Side.A);
        BeneficiaryId id = main.id();
        Beneficiary before = store().beneficiaries().find(id).orElseThrow();
        String name = before.name().value();
        List<RegionRow> counts = world.hq.reports().beneficiariesByOrigin(RegionLevel.REGENCY);
        world.hq.privacy().receiveRequest(new RequestForm(id, RequestKind.ERASURE, NOW, "asked " + name + " erased"));

        Erasure erased = world.hq.privacy().erase(id, "erasure request granted");

        Beneficiary after = store().beneficiaries().find(id).orElseThrow();
        assertThat(after.person()).isEqualTo(before.person().erased());
        assertThat(after.profile()).isEqualTo(TraffickingProfile.unknown());
        assertThat(after.name()).isEqualTo(Person.ERASED_NAME);
        assertThat(after.nik()).isEmpty();
        assertThat(after.history()).allSatisfy(c -> assertThat(c.reason()).doesNotContain(name));
        assertThat(world.hq.cases().list(Optional.empty(), 10_000))
                .filteredOn(b -> b.id().equals(id))
                .singleElement()
                .satisfies(b -> assertThat(b.toString()).doesNotContain(name).doesNotContain(main.nik()));
        List<AuditEntry> trail = world.hq.oversight().auditTrail("beneficiary", id.toString());
        assertThat(trail).allSatisfy(e -> assertThat(e.summary() + e.changes()).doesNotContain(name));
        assertThat(trail.get(trail.size() - 1).summary()).contains("erasure request granted");
        assertThat(world.hq.privacy().requests(id))
                .allSatisfy(r -> assertThat(r.details()).isEqualTo(Erasure.REMOVED));
        assertThat(store().stays().forBeneficiary(id))
                .allSatisfy(s -> assertThat(s.services())
                        .allSatisfy(d -> assertThat(d.detail()).isIn(Erasure.REMOVED, "")));
        assertThat(world.hq.reports().beneficiariesByOrigin(RegionLevel.REGENCY))
                .isEqualTo(counts);
        assertThat(store().privacy().erasures().find(id)).contains(erased);
        assertThatThrownBy(() -> world.hq.cases().get(id))
                .satisfies(e -> assertThat(code(e)).isEqualTo("case.erased"));
        assertThatThrownBy(() -> world.hq.privacy().erase(id, "again"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("case.erased"));
    }

    @Test
    void aBreachIsOverdueUntilBothPartiesAreNotified() {
        MatrixWorld world = new MatrixWorld(store());
        BeneficiaryId id = world.fresh(Side.A);
        Breach recorded = world.hq
                .privacy()
                .recordBreach(new BreachForm(
                        NOW.minus(Duration.ofHours(80)),
                        Set.of(DataCategory.IDENTITY, DataCategory.FINANCIAL),
                        List.of(id, id),
                        "a laptop with an export was stolen from the car",
                        "the export was revoked and the passwords changed"));

        assertThat(recorded.affected()).containsExactly(id);
        assertThat(recorded.dueAt()).isEqualTo(recorded.discoveredAt().plus(Duration.ofHours(72)));
        assertThat(world.hq.privacy().overdueBreaches()).containsExactly(recorded);
        world.hq
                .privacy()
                .recordBreachNotification(
                        recorded.id(), NotifiedParty.PEOPLE_AFFECTED, NOW.minus(Duration.ofHours(1)), "letters");
        assertThat(world.hq.privacy().overdueBreaches()).hasSize(1);
        Breach notified = world.hq
                .privacy()
                .recordBreachNotification(recorded.id(), NotifiedParty.SUPERVISORY_AGENCY, NOW, "letter 12/2020");

        assertThat(world.hq.privacy().overdueBreaches()).isEmpty();
        assertThat(world.hq.privacy().breaches()).containsExactly(notified);
        assertThat(notified.pending()).isEmpty();
        assertThatThrownBy(() -> world.hq
                        .privacy()
                        .recordBreachNotification(recorded.id(), NotifiedParty.SUPERVISORY_AGENCY, NOW, "again"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("breach.notified"));
    }

    @Test
    void retentionListsInItsDryRunWhatItThenAnonymisesAndNothingElse() {
        MatrixWorld world = new MatrixWorld(store());
        BeneficiaryId closed = world.fresh(Side.A);
        BeneficiaryId open = world.fresh(Side.A);
        world.hq.cases().close(closed, CaseOutcome.LOST_CONTACT, "moved away, no contact");
        Actor supervisor =
                Actor.of("retention", PersonName.of("Rina Wulandari"), Role.SUPERVISOR, Jurisdiction.national());
        Desk later = Pulih.builder()
                .store(store())
                .clock(Clock.fixed(NOW.plus(Duration.ofDays(5 * 366)), ZoneOffset.UTC))
                .build()
                .as(supervisor);

        assertThat(world.hq.privacy().retentionDue(Period.ofYears(5))).isEmpty();
        List<RetentionCandidate> due = later.privacy().retentionDue(Period.ofYears(5));
        assertThat(due).extracting(RetentionCandidate::beneficiary).containsExactly(closed);
        assertThat(store().privacy().erasures().find(closed)).isEmpty();

        assertThat(later.privacy().applyRetention(Period.ofYears(5))).isEqualTo(due);

        assertThat(store().privacy().erasures().find(closed)).isPresent();
        assertThat(store().privacy().erasures().find(open)).isEmpty();
        assertThat(store().beneficiaries().find(closed).orElseThrow().name()).isEqualTo(Person.ERASED_NAME);
        assertThat(later.privacy().retentionDue(Period.ofYears(5))).isEmpty();
        assertThatThrownBy(() -> later.privacy().retentionDue(Period.ZERO))
                .satisfies(e -> assertThat(code(e)).isEqualTo("retention.period"));
    }
}
