package id.pulih;

import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.HQ_SUPERVISOR;
import static id.pulih.ReintegrationSetUp.DINSOS_5202;
import static id.pulih.ReintegrationSetUp.PANCA_KARSA;
import static id.pulih.ReintegrationSetUp.PANCA_KARSA_OFFICER;
import static id.pulih.ReintegrationSetUp.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.access.AccessDeniedException;
import id.pulih.access.Jurisdiction;
import id.pulih.access.Role;
import id.pulih.audit.AuditEntry;
import id.pulih.beneficiary.CaseOutcome;
import id.pulih.beneficiary.CaseStatus;
import id.pulih.beneficiary.ClosureRequest;
import id.pulih.beneficiary.ClosureStatus;
import id.pulih.beneficiary.ConsentForm;
import id.pulih.beneficiary.ConsentPurpose;
import id.pulih.grant.Award;
import id.pulih.grant.BankResult;
import id.pulih.grant.GrantScheme;
import id.pulih.grant.PaymentBatch;
import id.pulih.guidance.Programme;
import id.pulih.reintegration.FollowUpStatus;
import id.pulih.reintegration.PlanForm;
import id.pulih.reintegration.PlanStatus;
import id.pulih.reintegration.PlannedService;
import id.pulih.reintegration.ReferralStatus;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.reintegration.ServiceType;
import id.pulih.repatriation.ReturnPlanForm;
import id.pulih.repatriation.TransportMode;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.PulihException;
import id.pulih.shared.RuleViolationException;
import id.pulih.shelter.Shelter;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Closing a case (issue 14): a case worker requests, another supervisor approves or returns; closing closes the plan,
 * cancels its follow-ups and ends its referrals in the same transaction, listed in the one audit entry; what keeps a
 * case open refuses it; reopening says what must be planned again.
 */
class CaseClosingTest {
    private static final id.pulih.access.Actor OTHER_SUPERVISOR =
            Fixtures.actor("hq-sup-2", Role.SUPERVISOR, Jurisdiction.national());

    private final Fixtures f = new Fixtures();
    private final ReintegrationSetUp home = new ReintegrationSetUp(f);
    private final Desk hq = f.pulih.as(HQ);
    private final Desk supervisor = f.pulih.as(HQ_SUPERVISOR);
    private final BeneficiaryId siti = home.repatriated("Siti Aminah");

    private static void assertCode(ThrowingCallable call, Class<? extends PulihException> type, String code) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(type, e -> assertThat(e.code()).isEqualTo(code));
    }

    /** An active plan with its four follow-ups and a service referred to, and accepted by, LKS Panca Karsa. */
    private ReintegrationPlan planWithAcceptedReferral() {
        hq.cases()
                .recordConsent(
                        siti, ConsentForm.given(ConsentPurpose.DISCLOSURE_TO_PARTNERS, LocalDate.of(2020, 5, 1)));
        ReintegrationPlan plan = hq.reintegration().createPlan(PlanForm.of(siti, "a food stall"));
        PlannedService training = hq.reintegration()
                .addService(plan.id(), service(ServiceType.ENTREPRENEURSHIP_EMPOWERMENT, DINSOS_5202));
        hq.reintegration().refer(training.id(), PANCA_KARSA);
        f.pulih.as(PANCA_KARSA_OFFICER).reintegration().acceptReferral(training.id());
        return plan;
    }

    private boolean partnerSees() {
        try {
            f.pulih.as(PANCA_KARSA_OFFICER).cases().get(siti);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    private AuditEntry lastAudit() {
        List<AuditEntry> entries = f.pulih.store().auditTrail().forRecord("beneficiary", siti.toString());
        return entries.get(entries.size() - 1);
    }

    @Test
    void closingACaseClosesItsPlanCancelsItsFollowUpsAndEndsItsReferralsInOneCommand() {
        ReintegrationPlan plan = planWithAcceptedReferral();
        long entries = f.pulih.store().auditTrail().count();

        supervisor.cases().close(siti, CaseOutcome.REINTEGRATED, "self-reliant");

        ReintegrationPlan stored =
                f.pulih.store().reintegrationPlans().find(plan.id()).orElseThrow();
        assertThat(stored.status())
                .as("closing a case leaves its plan ACTIVE and its follow-ups SCHEDULED (the defect)")
                .isEqualTo(PlanStatus.CLOSED);
        assertThat(f.pulih.store().followUps().forBeneficiary(siti))
                .hasSize(4)
                .allSatisfy(fu -> assertThat(fu.status()).isEqualTo(FollowUpStatus.CANCELLED));
        assertThat(stored.services().get(0).latestReferral().status()).isEqualTo(ReferralStatus.WITHDRAWN);
        assertThat(partnerSees()).isFalse();
        assertThat(f.pulih.store().auditTrail().count()).isEqualTo(entries + 1);
        assertThat(lastAudit().summary())
                .contains("IN_REINTEGRATION -> CLOSED (REINTEGRATED)")
                .contains("plan closed on " + Fixtures.TODAY + ", 4 follow-up(s) cancelled")
                .contains("referral of ENTREPRENEURSHIP_EMPOWERMENT to LKS-PANCA-KARSA WITHDRAWN");
        assertThat(hq.reintegration().followUpsDue()).isEmpty();
    }

    @Test
    void aCaseWorkerRequestsClosureAndAnotherSupervisorApprovesIt() {
        planWithAcceptedReferral();
        assertCode(() -> supervisor.cases().approveClosure(siti), RuleViolationException.class, "closure.none");

        ClosureRequest request = hq.cases().requestClosure(siti, CaseOutcome.REINTEGRATED, "a steady income");

        assertThat(request.status()).isEqualTo(ClosureStatus.PENDING);
        assertThat(hq.cases().pendingClosure(siti)).contains(request);
        assertThat(hq.cases().get(siti).status()).isEqualTo(CaseStatus.IN_REINTEGRATION);
        assertCode(
                () -> hq.cases().requestClosure(siti, CaseOutcome.OTHER, ""),
                ConflictException.class,
                "closure.pending-exists");
        assertCode(
                () -> supervisor.cases().close(siti, CaseOutcome.OTHER, ""),
                ConflictException.class,
                "closure.pending-exists");
        assertCode(() -> hq.cases().approveClosure(siti), AccessDeniedException.class, "access.role");
        assertCode(
                () -> f.pulih.as(PANCA_KARSA_OFFICER).cases().requestClosure(siti, CaseOutcome.OTHER, ""),
                AccessDeniedException.class,
                "access.partner");

        long entries = f.pulih.store().auditTrail().count();
        assertThat(supervisor.cases().approveClosure(siti).status()).isEqualTo(CaseStatus.CLOSED);

        assertThat(f.pulih.store().auditTrail().count()).isEqualTo(entries + 1);
        assertThat(lastAudit().summary())
                .contains("closure requested by hq-01 approved")
                .contains("plan closed on");
        assertThat(f.pulih.store().beneficiaries().find(siti).orElseThrow().outcome())
                .contains(CaseOutcome.REINTEGRATED);
        assertThat(f.pulih
                        .store()
                        .closureRequests()
                        .find(request.id())
                        .orElseThrow()
                        .status())
                .isEqualTo(ClosureStatus.APPROVED);
        assertThat(partnerSees()).isFalse();
    }

    @Test
    void theRequesterDoesNotDecideAndAReturnedRequestLeavesTheCaseOpen() {
        supervisor.cases().requestClosure(siti, CaseOutcome.LOST_CONTACT, "");
        assertCode(() -> supervisor.cases().approveClosure(siti), AccessDeniedException.class, "closure.four-eyes");
        assertCode(
                () -> supervisor.cases().returnClosure(siti, "call the village head first"),
                AccessDeniedException.class,
                "closure.four-eyes");

        ClosureRequest returned =
                f.pulih.as(OTHER_SUPERVISOR).cases().returnClosure(siti, "call the village head first");

        assertThat(returned.status()).isEqualTo(ClosureStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("call the village head first");
        assertThat(hq.cases().get(siti).status()).isEqualTo(CaseStatus.REPATRIATED);
        assertThat(hq.cases().pendingClosure(siti)).isEmpty();
        assertThat(hq.cases().requestClosure(siti, CaseOutcome.OTHER, "").status())
                .isEqualTo(ClosureStatus.PENDING);
    }

    @Test
    void anOpenStayOrAReturnUnderWayRefusesClosureBeforeAnythingIsWritten() {
        Shelter shelter = hq.shelters().open(Fixtures.shelterForm("RPTC-BA", "31.75", 10));
        BeneficiaryId ani = hq.cases()
                .register(Fixtures.intake().name("Ani").build())
                .beneficiary()
                .id();
        hq.shelters().admit(ani, shelter.id(), LocalDate.of(2020, 5, 2));
        long entries = f.pulih.store().auditTrail().count();

        assertCode(
                () -> supervisor.cases().close(ani, CaseOutcome.OTHER, ""),
                RuleViolationException.class,
                "case.open-stay");
        assertCode(
                () -> hq.cases().requestClosure(ani, CaseOutcome.OTHER, ""),
                RuleViolationException.class,
                "case.open-stay");

        hq.returns()
                .plan(new ReturnPlanForm(
                        ani,
                        null,
                        null,
                        TransportMode.SHIP,
                        "escort-01",
                        "Dinas Sosial Lombok Tengah",
                        Fixtures.TODAY));
        assertCode(
                () -> supervisor.cases().close(ani, CaseOutcome.OTHER, ""),
                RuleViolationException.class,
                "case.return-under-way");
        assertThat(f.pulih.store().auditTrail().count()).isEqualTo(entries + 1);
        assertThat(f.pulih.store().closureRequests().forBeneficiary(ani)).isEmpty();
    }

    @Test
    void aPaymentApprovedOrSentRefusesClosureUntilTheBankAnswers() {
        SeedProgrammes seed = new SeedProgrammes(hq);
        LocalDate oct31 = LocalDate.of(2019, 10, 31);
        Programme praya = seed.programme("Aula SMKN 1 Praya", "52.02", oct31, 10, SeedProgrammes.PANCA_KARSA);
        GrantScheme scheme = seed.scheme(praya, "Rp 960.000", "Rp 9.600.000");
        BeneficiaryId participant = seed.participants(praya, "52.02.01", 1).get(0);
        Award award = seed.awardAll(scheme, List.of(participant)).get(0);
        var payment = hq.grants().disburse(award.id());

        assertCode(
                () -> supervisor.cases().close(participant, CaseOutcome.REINTEGRATED, ""),
                RuleViolationException.class,
                "case.payment-in-flight");
        PaymentBatch batch = hq.grants().prepareBatches(scheme.id(), 100).get(0);
        hq.grants().sendBatch(batch.id(), LocalDate.of(2019, 11, 4));
        assertThatThrownBy(() -> supervisor.cases().close(participant, CaseOutcome.REINTEGRATED, ""))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessage()).contains("SENT"));

        hq.grants().applyBankResult(BankResult.paid(payment.id(), "BRI-0001", LocalDate.of(2019, 11, 5)));

        assertThat(supervisor
                        .cases()
                        .close(participant, CaseOutcome.REINTEGRATED, "")
                        .status())
                .isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void reopeningRestoresNothingAndSaysWhatMustBePlannedAgain() {
        planWithAcceptedReferral();
        supervisor.cases().close(siti, CaseOutcome.LOST_CONTACT, "moved away");

        supervisor.cases().reopen(siti, "found again through the village head");

        assertThat(hq.reintegration().plan(siti)).isEmpty();
        assertThat(partnerSees()).isFalse();
        assertThat(lastAudit().summary())
                .contains("CLOSED -> IN_REINTEGRATION")
                .contains("not restored, to plan again: plan closed on " + Fixtures.TODAY
                        + ", 4 follow-up(s) cancelled, referral to LKS-PANCA-KARSA ended");
    }

    @Test
    void twoRegistrationsOfOnePersonEachWithAPendingRequestAreNotMerged() {
        BeneficiaryId a = hq.cases()
                .register(Fixtures.intake().name("Ani").build())
                .beneficiary()
                .id();
        BeneficiaryId b = hq.cases()
                .register(Fixtures.intake().name("Ani").build())
                .beneficiary()
                .id();
        hq.cases().requestClosure(a, CaseOutcome.LOST_CONTACT, "");
        hq.cases().requestClosure(b, CaseOutcome.LOST_CONTACT, "");
        id.pulih.beneficiary.PotentialDuplicate pair = supervisor.cases().openDuplicates().stream()
                .filter(d -> d.involves(a) && d.involves(b))
                .findFirst()
                .orElseThrow();

        assertCode(
                () -> supervisor.cases().merge(pair.id(), a), RuleViolationException.class, "merge.closure-requests");

        f.pulih.as(OTHER_SUPERVISOR).cases().returnClosure(b, "a duplicate registration");
        assertThat(supervisor.cases().merge(pair.id(), a).id()).isEqualTo(a);
        assertThat(hq.cases().pendingClosure(b)).isPresent();
    }
}
