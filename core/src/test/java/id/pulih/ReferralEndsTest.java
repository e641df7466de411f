package id.pulih;

import static id.pulih.Fixtures.HQ;
import static id.pulih.Fixtures.HQ_SUPERVISOR;
import static id.pulih.ReintegrationSetUp.DINSOS_5202;
import static id.pulih.ReintegrationSetUp.PANCA_KARSA;
import static id.pulih.ReintegrationSetUp.PANCA_KARSA_OFFICER;
import static id.pulih.ReintegrationSetUp.RUMAH_PEREMPUAN_OFFICER;
import static id.pulih.ReintegrationSetUp.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.access.AccessDeniedException;
import id.pulih.audit.AccessLogEntry;
import id.pulih.audit.AccessOutcome;
import id.pulih.audit.AuditEntry;
import id.pulih.beneficiary.ConsentForm;
import id.pulih.beneficiary.ConsentPurpose;
import id.pulih.reintegration.PlanForm;
import id.pulih.reintegration.PlannedService;
import id.pulih.reintegration.Referral;
import id.pulih.reintegration.ReferralStatus;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.reintegration.ServiceType;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.PulihException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Referrals end (issue 14): an accepted referral no longer counts as open for ever. It ends with its service
 * (delivered: COMPLETED; cancelled: WITHDRAWN), with its plan, when withdrawn, and when its period runs out (EXPIRED,
 * at once for access, recorded by the next write of the plan); the partner's access ends with it, and the access log
 * keeps its last read.
 */
class ReferralEndsTest {
    private final Fixtures f = new Fixtures();
    private final ReintegrationSetUp home = new ReintegrationSetUp(f);
    private final Desk hq = f.pulih.as(HQ);
    private final Reintegration reintegration = hq.reintegration();
    private final Reintegration pancaKarsa = f.pulih.as(PANCA_KARSA_OFFICER).reintegration();
    private final BeneficiaryId siti = home.repatriated("Siti Aminah");
    private final ReintegrationPlan plan = reintegration.createPlan(PlanForm.of(siti, "a food stall"));
    private final PlannedService training =
            reintegration.addService(plan.id(), service(ServiceType.ENTREPRENEURSHIP_EMPOWERMENT, DINSOS_5202));

    ReferralEndsTest() {
        hq.cases()
                .recordConsent(
                        siti, ConsentForm.given(ConsentPurpose.DISCLOSURE_TO_PARTNERS, LocalDate.of(2020, 5, 1)));
    }

    private static void assertCode(ThrowingCallable call, Class<? extends PulihException> type, String code) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(type, e -> assertThat(e.code()).isEqualTo(code));
    }

    private void acceptedByPancaKarsa() {
        reintegration.refer(training.id(), PANCA_KARSA);
        pancaKarsa.acceptReferral(training.id());
        assertThat(partnerSees())
                .as("the partner sees the case while the referral is open")
                .isTrue();
    }

    private boolean partnerSees() {
        try {
            f.pulih.as(PANCA_KARSA_OFFICER).cases().get(siti);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    private Referral latest() {
        return f.pulih
                .store()
                .reintegrationPlans()
                .find(plan.id())
                .orElseThrow()
                .service(training.id())
                .orElseThrow()
                .latestReferral();
    }

    private AuditEntry lastAudit() {
        List<AuditEntry> entries = f.pulih
                .store()
                .auditTrail()
                .forRecord("reintegration-plan", plan.id().toString());
        return entries.get(entries.size() - 1);
    }

    @Test
    void deliveringTheServiceCompletesTheReferralAndEndsThePartnersAccess() {
        acceptedByPancaKarsa();
        pancaKarsa.startService(training.id());

        pancaKarsa.deliverService(training.id(), Fixtures.TODAY);

        assertThat(partnerSees())
                .as("an ACCEPTED referral counts as open forever (the defect)")
                .isFalse();
        assertThat(latest().status()).isEqualTo(ReferralStatus.COMPLETED);
        assertThat(latest().ended()).contains(Fixtures.TODAY);
        assertThat(lastAudit().summary())
                .contains("referral of ENTREPRENEURSHIP_EMPOWERMENT to LKS-PANCA-KARSA COMPLETED");
    }

    @Test
    void cancellingTheServiceWithdrawsTheReferral() {
        acceptedByPancaKarsa();

        reintegration.cancelService(training.id(), "the beneficiary moved to Mataram");

        assertThat(partnerSees()).isFalse();
        assertThat(latest().status()).isEqualTo(ReferralStatus.WITHDRAWN);
        assertThat(latest().endReason()).contains("the beneficiary moved to Mataram");
    }

    @Test
    void closingThePlanWithdrawsItsReferrals() {
        acceptedByPancaKarsa();

        f.pulih.as(HQ_SUPERVISOR).reintegration().closePlan(plan.id(), "self-reliant");

        assertThat(partnerSees()).isFalse();
        assertThat(latest().status()).isEqualTo(ReferralStatus.WITHDRAWN);
        assertThat(lastAudit().summary())
                .contains("plan closed on " + Fixtures.TODAY)
                .contains("4 follow-up(s) cancelled")
                .contains("referral of ENTREPRENEURSHIP_EMPOWERMENT to LKS-PANCA-KARSA WITHDRAWN");
    }

    @Test
    void anOfficerWithdrawsAReferralAndThePartnerSeesNoMoreThoughTheServiceGoesOn() {
        acceptedByPancaKarsa();
        assertCode(
                () -> f.pulih.as(RUMAH_PEREMPUAN_OFFICER).reintegration().withdrawReferral(training.id(), "x"),
                AccessDeniedException.class,
                "access.denied");
        assertCode(
                () -> reintegration.withdrawReferral(training.id(), " "),
                InvalidValueException.class,
                "reason.required");

        PlannedService after = reintegration.withdrawReferral(training.id(), "the partner closed its Praya office");

        assertThat(after.latestReferral().status()).isEqualTo(ReferralStatus.WITHDRAWN);
        assertThat(after.status()).isEqualTo(training.status());
        assertThat(partnerSees()).isFalse();
        assertCode(
                () -> reintegration.withdrawReferral(training.id(), "again"),
                id.pulih.shared.IllegalTransitionException.class,
                "referral.transition");
    }

    @Test
    void anExpiredReferralStopsOpeningTheCaseAtOnceAndTheNextWriteRecordsIt() {
        acceptedByPancaKarsa();
        f.clock.advance(Duration.ofDays(179));
        assertThat(partnerSees()).as("day 179 of 180").isTrue();

        f.clock.advance(Duration.ofDays(1));

        assertThat(partnerSees())
                .as("the period ran out, though nothing wrote it")
                .isFalse();
        assertThat(latest().status()).isEqualTo(ReferralStatus.ACCEPTED);

        reintegration.addService(plan.id(), service(ServiceType.HEALTH_COSTS, DINSOS_5202));

        assertThat(latest().status()).isEqualTo(ReferralStatus.EXPIRED);
        assertThat(latest().ended()).contains(Fixtures.TODAY.plusDays(180));
        assertThat(lastAudit().summary())
                .contains("ended: referral of ENTREPRENEURSHIP_EMPOWERMENT to LKS-PANCA-KARSA EXPIRED");
        // with the expired one recorded, the service may be referred again
        assertThat(reintegration
                        .refer(training.id(), PANCA_KARSA)
                        .latestReferral()
                        .status())
                .isEqualTo(ReferralStatus.PENDING);
    }

    @Test
    void theAccessLogShowsThePartnersLastReadBeforeTheReferralEnded() {
        acceptedByPancaKarsa();
        f.clock.advance(Duration.ofHours(1));
        reintegration.withdrawReferral(training.id(), "no longer needed");
        f.clock.advance(Duration.ofHours(1));

        assertThat(partnerSees()).isFalse();

        List<AccessLogEntry> partnerReads = f.pulih.as(Fixtures.AUDITOR).oversight().accessLog(siti).stream()
                .filter(e -> e.actorId().equals(PANCA_KARSA_OFFICER.id()))
                .toList();
        AccessLogEntry lastAllowed = partnerReads.stream()
                .filter(e -> e.outcome() == AccessOutcome.ALLOWED)
                .reduce((a, b) -> b)
                .orElseThrow();
        AccessLogEntry last = partnerReads.get(partnerReads.size() - 1);
        assertThat(lastAllowed.at())
                .isBefore(Fixtures.TODAY
                        .atStartOfDay(java.time.ZoneOffset.UTC)
                        .toInstant()
                        .plusSeconds(3600));
        assertThat(last.outcome()).isEqualTo(AccessOutcome.DENIED);
    }

    @Test
    void theReferralPeriodIsABuilderOption() {
        assertCode(() -> Pulih.builder().referralPeriod(Period.ZERO), InvalidValueException.class, "referral.period");
        assertCode(
                () -> Pulih.builder().referralPeriod(Period.ofDays(-3)),
                InvalidValueException.class,
                "referral.period");
        Fixtures g = new Fixtures(Pulih.builder().referralPeriod(Period.ofDays(30)));
        BeneficiaryId ani = new ReintegrationSetUp(g).repatriated("Ani");
        Desk desk = g.pulih.as(HQ);
        desk.cases()
                .recordConsent(ani, ConsentForm.given(ConsentPurpose.DISCLOSURE_TO_PARTNERS, LocalDate.of(2020, 5, 1)));
        ReintegrationPlan p = desk.reintegration().createPlan(PlanForm.of(ani, "work"));
        PlannedService s = desk.reintegration().addService(p.id(), service(ServiceType.HEALTH_COSTS, DINSOS_5202));
        PlannedService referred = desk.reintegration().refer(s.id(), PANCA_KARSA);
        assertThat(g.pulih.as(PANCA_KARSA_OFFICER).cases().get(ani).id()).isEqualTo(ani);

        g.clock.advance(Duration.ofDays(30));

        assertCode(
                () -> g.pulih.as(PANCA_KARSA_OFFICER).cases().get(ani), AccessDeniedException.class, "access.denied");
        assertThat(referred.latestReferral().expiresOn(Period.ofDays(30))).isEqualTo(Fixtures.TODAY.plusDays(30));
    }
}
