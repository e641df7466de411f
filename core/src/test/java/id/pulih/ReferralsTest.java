package id.pulih;

import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.HQ_SUPERVISOR;
import static id.pulih.Fixtures.NTB;
import static id.pulih.ReintegrationSetUp.DINSOS_5202;
import static id.pulih.ReintegrationSetUp.PANCA_KARSA;
import static id.pulih.ReintegrationSetUp.PANCA_KARSA_OFFICER;
import static id.pulih.ReintegrationSetUp.RUMAH_PEREMPUAN;
import static id.pulih.ReintegrationSetUp.RUMAH_PEREMPUAN_OFFICER;
import static id.pulih.ReintegrationSetUp.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.access.AccessDeniedException;
import id.pulih.audit.AccessOutcome;
import id.pulih.beneficiary.ConsentForm;
import id.pulih.beneficiary.ConsentPurpose;
import id.pulih.reintegration.PlanForm;
import id.pulih.reintegration.PlannedService;
import id.pulih.reintegration.ReferralStatus;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.reintegration.ServiceReferred;
import id.pulih.reintegration.ServiceStatus;
import id.pulih.reintegration.ServiceType;
import id.pulih.reintegration.VisitForm;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DomainEvent;
import id.pulih.shared.IllegalTransitionException;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.PulihException;
import id.pulih.shared.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ReferralsTest {
    private final Fixtures f = new Fixtures();
    private final ReintegrationSetUp home = new ReintegrationSetUp(f);
    private final Desk hq = f.pulih.as(HQ);
    private final Reintegration reintegration = hq.reintegration();
    private final Reintegration pancaKarsa = f.pulih.as(PANCA_KARSA_OFFICER).reintegration();
    private final BeneficiaryId siti = home.repatriated("Siti Aminah");
    private final BeneficiaryId ani = home.repatriated("Ani");
    private final ReintegrationPlan plan = reintegration.createPlan(PlanForm.of(siti, "a food stall"));
    private final PlannedService training =
            reintegration.addService(plan.id(), service(ServiceType.ENTREPRENEURSHIP_EMPOWERMENT, DINSOS_5202));

    private static void assertCode(ThrowingCallable call, Class<? extends PulihException> type, String code) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(type, e -> assertThat(e.code()).isEqualTo(code));
    }

    private void consentToDisclosure(BeneficiaryId id) {
        hq.cases()
                .recordConsent(id, ConsentForm.given(ConsentPurpose.DISCLOSURE_TO_PARTNERS, LocalDate.of(2020, 5, 1)));
    }

    @Test
    void aReferralNeedsConsentToDisclosureOnFile() {
        assertCode(
                () -> reintegration.refer(training.id(), PANCA_KARSA),
                RuleViolationException.class,
                "referral.consent");

        consentToDisclosure(siti);
        PlannedService referred = reintegration.refer(training.id(), PANCA_KARSA);

        assertThat(referred.latestReferral().status()).isEqualTo(ReferralStatus.PENDING);
        assertThat(referred.latestReferral().to()).isEqualTo(PANCA_KARSA);
        assertThat(referred.latestReferral().consentOverridden()).isFalse();
    }

    @Test
    void withoutConsentOnlyASupervisorReferringWithAReasonMayDisclose() {
        List<DomainEvent> events = new ArrayList<>();
        f.pulih.subscribe(events::add);

        assertCode(
                () -> reintegration.referWithOverride(training.id(), PANCA_KARSA, "urgent"),
                RuleViolationException.class,
                "referral.consent");
        Reintegration supervisor = f.pulih.as(HQ_SUPERVISOR).reintegration();
        assertCode(
                () -> supervisor.referWithOverride(training.id(), PANCA_KARSA, " "),
                RuleViolationException.class,
                "referral.consent");
        assertCode(
                () -> supervisor.refer(training.id(), PANCA_KARSA), RuleViolationException.class, "referral.consent");

        PlannedService referred = supervisor.referWithOverride(
                training.id(), PANCA_KARSA, "beneficiary cannot be reached; debt collector threatens her");

        assertThat(referred.latestReferral().consentOverridden()).isTrue();
        assertThat(referred.latestReferral().overrideReason()).startsWith("beneficiary cannot be reached");
        assertThat(events)
                .last()
                .isInstanceOfSatisfying(
                        ServiceReferred.class,
                        e -> assertThat(e.consentOverridden()).isTrue());
        assertThat(f.pulih
                        .store()
                        .auditTrail()
                        .forRecord("reintegration-plan", plan.id().toString()))
                .last()
                .satisfies(e -> assertThat(e.summary()).contains("without consent"));
    }

    @Test
    void aServiceHasOneOpenReferralAndOnlyAnOpenServiceIsReferred() {
        consentToDisclosure(siti);
        reintegration.refer(training.id(), PANCA_KARSA);

        assertCode(
                () -> reintegration.refer(training.id(), RUMAH_PEREMPUAN),
                RuleViolationException.class,
                "referral.open-exists");

        PlannedService other = reintegration.addService(plan.id(), service(ServiceType.HEALTH_COSTS, DINSOS_5202));
        reintegration.cancelService(other.id(), "covered by PBI-JKN");
        assertCode(
                () -> reintegration.refer(other.id(), PANCA_KARSA),
                RuleViolationException.class,
                "referral.service-status");
        assertCode(() -> reintegration.acceptReferral(other.id()), RuleViolationException.class, "referral.none");
    }

    @Test
    void thePartnerSeesTheReferredCaseAndNothingElse() {
        consentToDisclosure(siti);
        consentToDisclosure(ani);
        assertCode(
                () -> f.pulih.as(PANCA_KARSA_OFFICER).cases().get(siti), AccessDeniedException.class, "access.denied");

        reintegration.refer(training.id(), PANCA_KARSA);

        assertThat(f.pulih.as(PANCA_KARSA_OFFICER).cases().get(siti).id()).isEqualTo(siti);
        assertThat(pancaKarsa.plan(siti)).isPresent();
        assertCode(
                () -> f.pulih.as(PANCA_KARSA_OFFICER).cases().get(ani), AccessDeniedException.class, "access.denied");
        assertCode(
                () -> f.pulih.as(RUMAH_PEREMPUAN_OFFICER).cases().get(siti),
                AccessDeniedException.class,
                "access.denied");
        assertThat(f.pulih.as(Fixtures.AUDITOR).oversight().accessLog(siti)).anySatisfy(e -> {
            assertThat(e.actorId()).isEqualTo(PANCA_KARSA_OFFICER.id());
            assertThat(e.outcome()).isEqualTo(AccessOutcome.ALLOWED);
        });
        assertThat(pancaKarsa.followUpsDue())
                .allSatisfy(d -> assertThat(d.followUp().beneficiary()).isEqualTo(siti));
    }

    @Test
    void theAddresseeAcceptsAndBecomesTheProvider() {
        consentToDisclosure(siti);
        reintegration.refer(training.id(), PANCA_KARSA);

        assertCode(
                () -> f.pulih.as(NTB).reintegration().acceptReferral(training.id()),
                AccessDeniedException.class,
                "referral.addressee");
        assertCode(
                () -> f.pulih.as(RUMAH_PEREMPUAN_OFFICER).reintegration().acceptReferral(training.id()),
                AccessDeniedException.class,
                "access.denied");

        PlannedService accepted = pancaKarsa.acceptReferral(training.id());

        assertThat(accepted.latestReferral().status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(accepted.latestReferral().answeredBy()).isEqualTo(PANCA_KARSA_OFFICER.id());
        assertThat(accepted.provider()).isEqualTo(PANCA_KARSA);
        assertThat(f.pulih.as(PANCA_KARSA_OFFICER).cases().get(siti).id()).isEqualTo(siti);
        assertCode(
                () -> pancaKarsa.acceptReferral(training.id()),
                IllegalTransitionException.class,
                "referral.transition");
        assertCode(
                () -> pancaKarsa.rejectReferral(training.id(), "too far"),
                IllegalTransitionException.class,
                "referral.transition");
    }

    @Test
    void aRejectionNeedsAReasonAndClosesTheCaseToThePartnerAgain() {
        consentToDisclosure(siti);
        reintegration.refer(training.id(), PANCA_KARSA);

        assertCode(() -> pancaKarsa.rejectReferral(training.id(), ""), InvalidValueException.class, "reason.required");
        PlannedService rejected = pancaKarsa.rejectReferral(training.id(), "no trainer in Praya until 2021");

        assertThat(rejected.latestReferral().status()).isEqualTo(ReferralStatus.REJECTED);
        assertThat(rejected.latestReferral().reason()).isEqualTo("no trainer in Praya until 2021");
        assertThat(rejected.provider()).isEqualTo(DINSOS_5202);
        assertCode(
                () -> f.pulih.as(PANCA_KARSA_OFFICER).cases().get(siti), AccessDeniedException.class, "access.denied");

        PlannedService again = reintegration.refer(training.id(), RUMAH_PEREMPUAN);
        assertThat(again.referrals())
                .extracting(r -> r.status())
                .containsExactly(ReferralStatus.REJECTED, ReferralStatus.PENDING);
        assertThat(f.pulih.as(RUMAH_PEREMPUAN_OFFICER).cases().get(siti).id()).isEqualTo(siti);
    }

    @Test
    void aPartnerDeliversItsOwnServicesAndRecordsVisitsButDoesNotRunThePlan() {
        consentToDisclosure(siti);
        reintegration.refer(training.id(), PANCA_KARSA);
        pancaKarsa.acceptReferral(training.id());
        PlannedService notTheirs = reintegration.addService(plan.id(), service(ServiceType.HEALTH_COSTS, DINSOS_5202));

        assertThat(pancaKarsa.startService(training.id()).status()).isEqualTo(ServiceStatus.IN_PROGRESS);
        assertThat(pancaKarsa
                        .recordVisit(
                                pancaKarsa.followUps(siti).get(0).id(), new VisitForm(Fixtures.TODAY, Set.of(), null))
                        .visitedBy())
                .isEqualTo(PANCA_KARSA_OFFICER.id());

        assertCode(() -> pancaKarsa.startService(notTheirs.id()), AccessDeniedException.class, "access.partner");
        assertCode(
                () -> pancaKarsa.cancelService(notTheirs.id(), "not needed"),
                AccessDeniedException.class,
                "access.partner");
        assertCode(
                () -> pancaKarsa.addService(plan.id(), service(ServiceType.CHILDCARE, PANCA_KARSA)),
                AccessDeniedException.class,
                "access.partner");
        assertCode(
                () -> pancaKarsa.refer(notTheirs.id(), RUMAH_PEREMPUAN), AccessDeniedException.class, "access.partner");
        assertCode(() -> pancaKarsa.createPlan(PlanForm.of(ani, "work")), AccessDeniedException.class, "access.denied");

        // delivering its service ends the partner's referral, and its access with it
        assertThat(pancaKarsa.deliverService(training.id(), Fixtures.TODAY).status())
                .isEqualTo(ServiceStatus.DELIVERED);
        assertCode(() -> pancaKarsa.followUps(siti), AccessDeniedException.class, "access.denied");
    }
}
