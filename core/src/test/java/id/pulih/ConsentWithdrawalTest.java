package id.pulih;

import static id.pulih.Fixtures.HQ;
import static id.pulih.ReintegrationSetUp.DINSOS_5202;
import static id.pulih.ReintegrationSetUp.PANCA_KARSA;
import static id.pulih.ReintegrationSetUp.PANCA_KARSA_OFFICER;
import static id.pulih.ReintegrationSetUp.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.access.AccessDeniedException;
import id.pulih.audit.AuditEntry;
import id.pulih.beneficiary.ConsentForm;
import id.pulih.beneficiary.ConsentPurpose;
import id.pulih.guidance.Programme;
import id.pulih.guidance.Topic;
import id.pulih.reintegration.FollowUp;
import id.pulih.reintegration.PlanForm;
import id.pulih.reintegration.PlannedService;
import id.pulih.reintegration.ReferralStatus;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.reintegration.ServiceType;
import id.pulih.reintegration.VisitForm;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.PulihException;
import id.pulih.shared.RuleViolationException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Withdrawing consent (issue 14; UU PDP art. 9) stops the processing for its purpose in the same transaction, listed
 * in the withdrawal's one audit entry: disclosure ends the referrals, follow-up contact takes the scheduled visits off
 * the due list, programme participation refuses new enrolments and attendance.
 */
class ConsentWithdrawalTest {
    private static final LocalDate MAY_1 = LocalDate.of(2020, 5, 1);

    private final Fixtures f = new Fixtures();
    private final ReintegrationSetUp home = new ReintegrationSetUp(f);
    private final Desk hq = f.pulih.as(HQ);
    private final BeneficiaryId siti = home.repatriated("Siti Aminah");

    private static void assertCode(ThrowingCallable call, Class<? extends PulihException> type, String code) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(type, e -> assertThat(e.code()).isEqualTo(code));
    }

    private void record(ConsentPurpose purpose, boolean given) {
        hq.cases().recordConsent(siti, new ConsentForm(purpose, given, given ? MAY_1 : Fixtures.TODAY, null));
    }

    private AuditEntry lastAudit() {
        List<AuditEntry> entries = f.pulih.store().auditTrail().forRecord("beneficiary", siti.toString());
        return entries.get(entries.size() - 1);
    }

    @Test
    void withdrawingConsentToDisclosureEndsTheReferralsAndThePartnersAccessAtOnce() {
        record(ConsentPurpose.DISCLOSURE_TO_PARTNERS, true);
        ReintegrationPlan plan = hq.reintegration().createPlan(PlanForm.of(siti, "a food stall"));
        PlannedService training = hq.reintegration()
                .addService(plan.id(), service(ServiceType.ENTREPRENEURSHIP_EMPOWERMENT, DINSOS_5202));
        hq.reintegration().refer(training.id(), PANCA_KARSA);
        f.pulih.as(PANCA_KARSA_OFFICER).reintegration().acceptReferral(training.id());
        assertThat(f.pulih.as(PANCA_KARSA_OFFICER).cases().get(siti).id()).isEqualTo(siti);
        long entries = f.pulih.store().auditTrail().count();

        record(ConsentPurpose.DISCLOSURE_TO_PARTNERS, false);

        assertCode(
                () -> f.pulih.as(PANCA_KARSA_OFFICER).cases().get(siti), AccessDeniedException.class, "access.denied");
        assertThat(f.pulih.store().auditTrail().count()).isEqualTo(entries + 1);
        assertThat(lastAudit().summary())
                .contains("consent withdrawn for DISCLOSURE_TO_PARTNERS")
                .contains("referral of ENTREPRENEURSHIP_EMPOWERMENT to LKS-PANCA-KARSA WITHDRAWN");
        assertThat(f.pulih
                        .store()
                        .reintegrationPlans()
                        .find(plan.id())
                        .orElseThrow()
                        .service(training.id())
                        .orElseThrow()
                        .latestReferral()
                        .status())
                .isEqualTo(ReferralStatus.WITHDRAWN);
    }

    @Test
    void consentToDisclosureThatLapsesClosesTheCaseToThePartnerWithoutAnyWrite() {
        hq.cases()
                .recordConsent(
                        siti,
                        new ConsentForm(
                                ConsentPurpose.DISCLOSURE_TO_PARTNERS, true, MAY_1, Fixtures.TODAY.plusDays(2)));
        ReintegrationPlan plan = hq.reintegration().createPlan(PlanForm.of(siti, "a food stall"));
        PlannedService training =
                hq.reintegration().addService(plan.id(), service(ServiceType.HEALTH_COSTS, DINSOS_5202));
        hq.reintegration().refer(training.id(), PANCA_KARSA);
        assertThat(f.pulih.as(PANCA_KARSA_OFFICER).cases().get(siti).id()).isEqualTo(siti);

        f.clock.advance(Duration.ofDays(2));

        assertCode(
                () -> f.pulih.as(PANCA_KARSA_OFFICER).cases().get(siti), AccessDeniedException.class, "access.denied");
    }

    @Test
    void withdrawingConsentToFollowUpContactTakesTheScheduledVisitsOffTheDueList() {
        record(ConsentPurpose.FOLLOW_UP_CONTACT, true);
        hq.reintegration().createPlan(PlanForm.of(siti, "a food stall"));
        // the first visit, a month after the handover of 23 March, is overdue on 1 June
        assertThat(hq.reintegration().followUpsDue()).isNotEmpty();
        FollowUp first = hq.reintegration().followUps(siti).get(0);

        record(ConsentPurpose.FOLLOW_UP_CONTACT, false);

        assertThat(hq.reintegration().followUpsDue()).isEmpty();
        assertThat(hq.reintegration().followUps(siti))
                .hasSize(4)
                .allSatisfy(fu -> assertThat(fu.noContact()).isTrue());
        assertThat(lastAudit().summary()).contains("4 scheduled follow-up(s) marked not to contact");
        assertCode(
                () -> hq.reintegration().recordVisit(first.id(), new VisitForm(Fixtures.TODAY, Set.of(), null)),
                RuleViolationException.class,
                "followup.no-contact");

        record(ConsentPurpose.FOLLOW_UP_CONTACT, true);

        assertThat(hq.reintegration().followUpsDue()).isNotEmpty();
        assertThat(hq.reintegration()
                        .recordVisit(first.id(), new VisitForm(Fixtures.TODAY, Set.of(), null))
                        .visit())
                .contains(Fixtures.TODAY);
    }

    @Test
    void withdrawingConsentToProgrammeParticipationRefusesNewEnrolmentsAndAttendance() {
        SeedProgrammes seed = new SeedProgrammes(hq);
        Programme praya = seed.programme(
                "Aula SMKN 1 Praya", "52.02", LocalDate.of(2019, 10, 31), 10, SeedProgrammes.PANCA_KARSA);
        Programme later = seed.programme(
                "Aula RM Sukma Rasa", "52.02", LocalDate.of(2019, 11, 30), 10, SeedProgrammes.PANCA_KARSA);
        BeneficiaryId participant = seed.participants(praya, "52.02.01", 1).get(0);
        hq.cases()
                .recordConsent(
                        participant,
                        new ConsentForm(ConsentPurpose.PROGRAMME_PARTICIPATION, false, Fixtures.TODAY, null));

        assertCode(
                () -> hq.guidance().enrol(later.id(), participant, LocalDate.of(2019, 11, 30), null),
                RuleViolationException.class,
                "programme.consent-withdrawn");
        assertCode(
                () -> hq.guidance()
                        .recordAttendance(praya.id(), participant, Topic.MARKETING_STRATEGY, praya.startsOn()),
                RuleViolationException.class,
                "programme.consent-withdrawn");
        assertThat(f.pulih
                        .store()
                        .auditTrail()
                        .forRecord("beneficiary", participant.toString())
                        .get(f.pulih
                                        .store()
                                        .auditTrail()
                                        .forRecord("beneficiary", participant.toString())
                                        .size()
                                - 1)
                        .summary())
                .contains("new enrolments and attendance refused");
    }
}
