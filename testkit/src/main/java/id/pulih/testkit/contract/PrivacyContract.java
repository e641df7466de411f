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
import id.pulih.grant.ProposalForm;
import id.pulih.privacy.Breach;
import id.pulih.privacy.BreachForm;
import id.pulih.privacy.DataCategory;
import id.pulih.privacy.Decision;
import id.pulih.privacy.DecisionForm;
import id.pulih.privacy.ErasedText;
import id.pulih.privacy.Erasure;
import id.pulih.privacy.Exemption;
import id.pulih.privacy.NotifiedParty;
import id.pulih.privacy.RequestForm;
import id.pulih.privacy.RequestKind;
import id.pulih.privacy.RetentionCandidate;
import id.pulih.privacy.ReviewDecision;
import id.pulih.privacy.RiskReview;
import id.pulih.privacy.SubjectRequest;
import id.pulih.reintegration.DueFollowUp;
import id.pulih.reintegration.FollowUp;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.reintegration.RiskBasis;
import id.pulih.reintegration.VisitForm;
import id.pulih.report.RegionRow;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.PersonName;
import id.pulih.shared.PulihException;
import id.pulih.shared.RecordType;
import id.pulih.shared.RegionLevel;
import id.pulih.shared.RiskFactor;
import id.pulih.shared.Rupiah;
import id.pulih.testkit.contract.MatrixWorld.Side;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

    private static DueFollowUp due(MatrixWorld world, BeneficiaryId id) {
        List<DueFollowUp> due = world.hq.reintegration().followUpsDue().stream()
                .filter(d -> d.followUp().beneficiary().equals(id))
                .toList();
        assertThat(due).isNotEmpty();
        assertThat(due)
                .extracting(DueFollowUp::riskUnderReview)
                .containsOnly(due.get(0).riskUnderReview());
        return due.get(0);
    }

    @Test
    void aScoreObjectedToShowsAsUnderReviewAmongTheFollowUpsDueUntilItsReviewIsDecided() {
        MatrixWorld world = new MatrixWorld(store());
        ReintegrationPlan plan = world.planned(Side.A);
        BeneficiaryId id = plan.beneficiary();
        FollowUp later = world.hq.reintegration().followUps(id).get(1);
        FollowUp scored = world.hq
                .reintegration()
                .recordVisit(later.id(), new VisitForm(MatrixWorld.TODAY, Set.of(RiskFactor.DEBT_TRAP), "a stall"));
        assertThat(due(world, id).basis()).isEqualTo(RiskBasis.LATEST_VISIT);
        assertThat(due(world, id).riskUnderReview()).isFalse();

        RiskReview open = world.hq.privacy().objectToRiskScore(scored.id(), "the debt was paid last month");

        DueFollowUp underReview = due(world, id);
        assertThat(underReview.riskUnderReview()).isTrue();
        assertThat(underReview.risk()).isEqualTo(scored.riskScore().orElseThrow());
        world.hq.privacy().reviewRiskScore(open.id(), ReviewDecision.CONFIRMED, "the lender still calls her");
        assertThat(due(world, id).riskUnderReview()).isFalse();
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

    /**
     * The texts of one kind on the list of what erasure removes, of a case's records, as the store reads them back.
     * The switch names every kind: a kind added to {@link ErasedText} must be read here too.
     */
    private List<String> texts(ErasedText kind, BeneficiaryId id) {
        List<String> texts = new ArrayList<>();
        Runnable work = switch (kind) {
            case CASE_HISTORY ->
                () -> {
                    Beneficiary b = store().beneficiaries().find(id).orElseThrow();
                    b.history().forEach(c -> texts.add(c.reason()));
                    b.caseHistory().corrections().forEach(c -> {
                        texts.add(c.reason());
                        c.changes().forEach(f -> {
                            texts.add(f.before());
                            texts.add(f.after());
                        });
                    });
                };
            case CLOSURE_REQUESTS ->
                () -> store().closureRequests().forBeneficiary(id).forEach(r -> {
                    texts.add(r.note());
                    texts.add(r.returnReason());
                });
            case POTENTIAL_DUPLICATES ->
                () -> store().potentialDuplicates().involving(id).forEach(d -> texts.add(d.note()));
            case STAYS ->
                () -> store().stays().forBeneficiary(id).forEach(st -> {
                    texts.add(st.dischargeNote());
                    st.services().forEach(d -> texts.add(d.detail()));
                });
            case RETURNS ->
                () -> store().repatriations().forBeneficiary(id).forEach(r -> {
                    texts.add(r.destinationReason());
                    texts.add(r.escort());
                    texts.add(r.receivingOffice());
                    texts.add(r.receivedBy());
                    texts.add(r.cancelReason());
                });
            case ENROLMENTS ->
                () -> store().enrolments().forBeneficiary(id).forEach(e -> texts.add(e.overrideReason()));
            case AWARDS ->
                () -> store().awards()
                        .forBeneficiary(id)
                        .forEach(a -> texts.add(a.account().number() + " "
                                + a.account().holder().value()));
            case PAYMENTS ->
                () -> store().awards()
                        .forBeneficiary(id)
                        .forEach(a -> store().payments()
                                .forAward(a.id())
                                .forEach(p -> texts.add(p.account().number() + " "
                                        + p.account().holder().value())));
            case PROPOSALS ->
                () -> store().proposals().forBeneficiary(id).forEach(p -> {
                    texts.add(p.summary());
                    texts.add(p.reason());
                });
            case PLANS ->
                () -> store().reintegrationPlans().forBeneficiary(id).forEach(p -> {
                    texts.addAll(p.goals());
                    texts.add(p.closeReason());
                    p.services().forEach(sv -> {
                        texts.add(sv.detail());
                        texts.add(sv.cancelReason());
                        sv.referrals().forEach(r -> {
                            texts.add(r.overrideReason());
                            texts.add(r.reason());
                            texts.add(r.endReason());
                        });
                    });
                });
            case FOLLOW_UPS -> () -> store().followUps().forBeneficiary(id).forEach(f -> texts.add(f.notes()));
            case ACCESS_GRANTS ->
                () -> store().accessGrants().forBeneficiary(id).forEach(g -> texts.add(g.reason()));
            case SUBJECT_REQUESTS ->
                () -> store().privacy().requests().forBeneficiary(id).forEach(r -> texts.add(r.details()));
            case RISK_REVIEWS ->
                () -> store().followUps()
                        .forBeneficiary(id)
                        .forEach(f -> store().privacy()
                                .riskReviews()
                                .forFollowUp(f.id())
                                .forEach(r -> texts.add(r.objection())));
        };
        work.run();
        return texts.stream().filter(t -> t != null && !t.isBlank()).toList();
    }

    @Test
    void erasureRemovesEveryKindOfTextOnItsListAndTheAuditSummariesOfThoseRecords() {
        MatrixWorld world = new MatrixWorld(store());
        MatrixWorld.Main main = world.main(Side.B);
        BeneficiaryId id = main.id();
        world.referred(main.plan(), Side.B.answerer);
        MatrixWorld.Grant grant = world.grant(Side.B, MatrixWorld.Stage.PAID);
        world.hq
                .grants()
                .decideProposal(
                        world.hq
                                .grants()
                                .submitProposal(new ProposalForm(
                                        grant.award().id(),
                                        "a warung for Dewi Lestari in Gambir",
                                        Rupiah.parse("Rp 960.000")))
                                .id(),
                        true,
                        "Dewi Lestari showed the lease of the stall");
        BeneficiaryId twin = world.registered(Side.B, MatrixWorld.mainName(Side.B));
        world.hq.cases().openDuplicates().stream()
                .filter(d -> d.registered().equals(twin))
                .forEach(d -> world.hq.cases().dismissDuplicate(d.id(), "Dewi Lestari of Gambir is another woman"));
        FollowUp visit = world.hq
                .reintegration()
                .recordVisit(
                        world.firstFollowUp(id).id(),
                        new VisitForm(MatrixWorld.TODAY, Set.of(RiskFactor.DEBT_TRAP), "Dewi Lestari at her stall"));
        world.hq.privacy().objectToRiskScore(visit.id(), "Dewi Lestari paid the debt");
        world.hq.privacy().receiveRequest(new RequestForm(id, RequestKind.ERASURE, NOW, "Dewi Lestari asked"));
        for (ErasedText kind : List.of(
                ErasedText.CASE_HISTORY,
                ErasedText.POTENTIAL_DUPLICATES,
                ErasedText.RETURNS,
                ErasedText.ENROLMENTS,
                ErasedText.AWARDS,
                ErasedText.PAYMENTS,
                ErasedText.PROPOSALS,
                ErasedText.PLANS,
                ErasedText.FOLLOW_UPS,
                ErasedText.SUBJECT_REQUESTS,
                ErasedText.RISK_REVIEWS)) {
            assertThat(texts(kind, id)).as(kind + " before the erasure").isNotEmpty();
        }
        List<String> records = new ArrayList<>();
        store().repatriations().forBeneficiary(id).forEach(r -> records.add("repatriation/" + r.id()));
        store().enrolments().forBeneficiary(id).forEach(e -> records.add("enrolment/" + e.id()));
        store().proposals().forBeneficiary(id).forEach(p -> records.add("proposal/" + p.id()));
        store().reintegrationPlans().forBeneficiary(id).forEach(p -> records.add("reintegration-plan/" + p.id()));
        store().potentialDuplicates().involving(id).forEach(d -> records.add("potential-duplicate/" + d.id()));

        world.hq.privacy().erase(id, "erasure request granted");

        for (ErasedText kind : ErasedText.values()) {
            assertThat(texts(kind, id))
                    .as(kind + " after the erasure")
                    .allSatisfy(t -> assertThat(t)
                            .isIn(Erasure.REMOVED, Erasure.ERASED_ACCOUNT_NUMBER + " " + Person.ERASED_NAME.value()));
        }
        assertThat(records).hasSizeGreaterThanOrEqualTo(5);
        for (String record : records) {
            String[] parts = record.split("/", 2);
            assertThat(store().auditTrail().forRecord(parts[0], parts[1]))
                    .as(record)
                    .isNotEmpty()
                    .allSatisfy(e -> {
                        assertThat(e.summary()).isEqualTo(Erasure.REMOVED);
                        assertThat(e.changes()).isEmpty();
                    });
        }
        assertThat(texts(ErasedText.POTENTIAL_DUPLICATES, twin)).containsOnly(Erasure.REMOVED);
        assertThat(store().beneficiaries().find(twin).orElseThrow().name().value())
                .isEqualTo(MatrixWorld.mainName(Side.B));
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
