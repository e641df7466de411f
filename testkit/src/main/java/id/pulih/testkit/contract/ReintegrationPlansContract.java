package id.pulih.testkit.contract;

import static id.pulih.testkit.contract.ContractRecords.PANCA_KARSA;
import static id.pulih.testkit.contract.ContractRecords.RUMAH_PELANGI;
import static id.pulih.testkit.contract.ContractRecords.assertSameRecord;
import static id.pulih.testkit.contract.ContractRecords.conflict;
import static id.pulih.testkit.contract.ContractRecords.reintegrationPlan;
import static id.pulih.testkit.contract.ContractRecords.service;
import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.reintegration.AtensiComponent;
import id.pulih.reintegration.PlannedService;
import id.pulih.reintegration.Referral;
import id.pulih.reintegration.ReferralStatus;
import id.pulih.reintegration.ReintegrationError;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.reintegration.ReintegrationPlans;
import id.pulih.reintegration.ServiceStatus;
import id.pulih.reintegration.ServiceType;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.PlanId;
import id.pulih.shared.RecordError;
import id.pulih.shared.RecordType;
import id.pulih.shared.Rupiah;
import id.pulih.shared.ServiceId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ReintegrationPlans}: optimistic locking, one active plan per person
 * ({@code plan.active-exists}), the queries by person (oldest plan first) and by service, and a round trip of a plan
 * with services in every status and referrals in every status, the ended ones (COMPLETED, WITHDRAWN, EXPIRED) with
 * their end date and reason, and of a closed plan whose referrals ended with it.
 */
public abstract class ReintegrationPlansContract extends PortContract {
    private static final LocalDate DEC_1 = LocalDate.of(2019, 12, 1);

    private BeneficiaryId person;

    /** For subclasses. */
    protected ReintegrationPlansContract() {}

    @BeforeEach
    final void storeAPerson() {
        person = storedBeneficiary().id();
    }

    private ReintegrationPlans plans() {
        return store().reintegrationPlans();
    }

    @Test
    void saveThenFindReturnsTheStoredVersion() {
        ReintegrationPlan fresh = reintegrationPlan(person, DEC_1);

        ReintegrationPlan saved = plans().save(fresh);

        assertThat(saved).isEqualTo(fresh.withVersion(1));
        assertThat(plans().find(fresh.id())).contains(saved);
        assertThat(plans().findActive(person)).contains(saved);
    }

    @Test
    void updateAtTheReadVersionBumpsTheVersion() {
        ReintegrationPlan v1 = plans().save(reintegrationPlan(person, DEC_1));

        ReintegrationPlan v2 = plans().save(v1.addService(service(ServiceType.CHILDCARE, 300_000, DEC_1)));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(plans().find(v1.id())).contains(v2);
    }

    @Test
    void staleUpdateFailsWithConflictAndWritesNothing() {
        ReintegrationPlan v1 = plans().save(reintegrationPlan(person, DEC_1));
        ReintegrationPlan v2 = plans().save(v1.addService(service(ServiceType.CHILDCARE, 300_000, DEC_1)));

        ConflictException stale = conflict(
                RecordError.STALE,
                RecordType.REINTEGRATION_PLAN,
                () -> plans().save(v1.close(DEC_1.plusDays(1), "moved away")));

        assertThat(stale.recordId()).isEqualTo(v1.id().toString());
        assertThat(plans().find(v1.id())).contains(v2);
        assertThat(plans().findActive(person)).contains(v2);
    }

    @Test
    void savingANeverStoredRecordAtAVersionAboveZeroIsStale() {
        ReintegrationPlan neverStored = reintegrationPlan(person, DEC_1).withVersion(1);

        conflict(RecordError.STALE, RecordType.REINTEGRATION_PLAN, () -> plans().save(neverStored));

        assertThat(plans().find(neverStored.id())).isEmpty();
        assertThat(plans().findActive(person)).isEmpty();
        assertThat(plans().forBeneficiary(person)).isEmpty();
    }

    @Test
    void findOfAnUnknownIdPersonOrServiceIsEmptyNeverNull() {
        plans().save(reintegrationPlan(person, DEC_1).addService(service(ServiceType.CHILDCARE, 0, DEC_1)));

        assertThat(plans().find(PlanId.next())).isNotNull().isEmpty();
        assertThat(plans().findActive(BeneficiaryId.next())).isNotNull().isEmpty();
        assertThat(plans().findByService(ServiceId.next())).isNotNull().isEmpty();
        assertThat(plans().forBeneficiary(BeneficiaryId.next())).isNotNull().isEmpty();
    }

    @Test
    void rejectsASecondActivePlanForTheSamePerson() {
        ReintegrationPlan first = plans().save(reintegrationPlan(person, DEC_1));
        ReintegrationPlan second = reintegrationPlan(person, DEC_1.plusDays(1));

        ConflictException active = conflict(
                ReintegrationError.PLAN_ACTIVE_EXISTS, RecordType.REINTEGRATION_PLAN, () -> plans().save(second));

        assertThat(active.recordId())
                .as("names the active plan")
                .isEqualTo(first.id().toString());
        assertThat(plans().find(second.id())).isEmpty();
        assertThat(plans().forBeneficiary(person)).containsExactly(first);
    }

    @Test
    void updatingTheActivePlanIsNotAConflictWithItself() {
        ReintegrationPlan v1 = plans().save(reintegrationPlan(person, DEC_1));

        ReintegrationPlan v2 = plans().save(v1.addService(service(ServiceType.CHILDCARE, 0, DEC_1)));

        assertThat(plans().findActive(person)).contains(v2);
    }

    @Test
    void aClosedPlanIsNoLongerActiveAndOthersPlansDoNotConflict() {
        ReintegrationPlan first = plans().save(reintegrationPlan(person, DEC_1));
        ReintegrationPlan closed = plans().save(first.close(DEC_1.plusDays(30), "the family moved to Batam"));
        assertThat(plans().findActive(person)).isEmpty();
        ReintegrationPlan others =
                plans().save(reintegrationPlan(storedBeneficiary().id(), DEC_1));

        ReintegrationPlan again = plans().save(reintegrationPlan(person, DEC_1.plusDays(40)));

        assertThat(plans().findActive(person)).contains(again);
        assertThat(plans().findActive(others.beneficiary())).contains(others);
        assertThat(plans().forBeneficiary(person)).containsExactly(closed, again);
    }

    @Test
    void findByServiceFindsThePlanHoldingTheService() {
        PlannedService childcare = service(ServiceType.CHILDCARE, 0, DEC_1);
        PlannedService training = service(ServiceType.VOCATIONAL_TRAINING, 1_500_000, DEC_1);
        ReintegrationPlan mine = plans().save(reintegrationPlan(person, DEC_1).addService(childcare));
        ReintegrationPlan theirs =
                plans().save(reintegrationPlan(storedBeneficiary().id(), DEC_1).addService(training));

        assertThat(plans().findByService(childcare.id())).contains(mine);
        assertThat(plans().findByService(training.id())).contains(theirs);
    }

    @Test
    void forBeneficiaryListsEveryPlanOldestFirst() {
        // saved latest first, so a store that returns insertion order fails
        ReintegrationPlan latest = plans().save(reintegrationPlan(person, DEC_1.plusDays(60)));
        ReintegrationPlan earliest =
                plans().save(reintegrationPlan(person, DEC_1).close(DEC_1.plusDays(9), "x"));
        ReintegrationPlan middle =
                plans().save(reintegrationPlan(person, DEC_1.plusDays(30)).close(DEC_1.plusDays(39), "y"));
        plans().save(reintegrationPlan(storedBeneficiary().id(), DEC_1.plusDays(10)));

        assertThat(plans().forBeneficiary(person)).containsExactly(earliest, middle, latest);
    }

    @Test
    void aPlanWithServicesAndReferralsInEveryStatusRoundTrips() {
        OrganisationId hospital = OrganisationId.of("RSUD-PRAYA");
        PlannedService planned = PlannedService.plan(
                ServiceType.HOUSE_REHABILITATION,
                AtensiComponent.ACCESSIBILITY_SUPPORT,
                "ramp and a wider door",
                ContractRecords.ORGANISER,
                DEC_1.plusMonths(3),
                Rupiah.of(15_000_000));
        PlannedService started = service(ServiceType.PSYCHOSOCIAL_THERAPY, 750_000, DEC_1.plusMonths(1));
        PlannedService delivered = service(ServiceType.PBI_JKN_ENROLMENT, 0, DEC_1.plusDays(14));
        PlannedService cancelled = service(ServiceType.DEBT_SETTLEMENT, 4_200_000, DEC_1.plusMonths(2));
        PlannedService accepted = service(ServiceType.VOCATIONAL_TRAINING, 2_000_000, DEC_1.plusMonths(2));
        PlannedService rejectedThenPending = service(ServiceType.HEALTH_COSTS, 500_000, DEC_1.plusMonths(1));
        ReintegrationPlan full = reintegrationPlan(person, DEC_1)
                .addService(planned)
                .addService(started)
                .addService(delivered)
                .addService(cancelled)
                .addService(accepted)
                .addService(rejectedThenPending)
                .startService(started.id())
                .startService(delivered.id())
                .deliverService(delivered.id(), DEC_1.plusDays(10))
                .cancelService(cancelled.id(), "the recruiter's claim was dropped")
                .refer(accepted.id(), Referral.send(PANCA_KARSA, DEC_1.plusDays(2), "officer-1", ""))
                .acceptReferral(accepted.id(), DEC_1.plusDays(5), "lks-officer-1")
                .refer(
                        rejectedThenPending.id(),
                        Referral.send(RUMAH_PELANGI, DEC_1.plusDays(2), "supervisor-1", "urgent; consent to follow"))
                .rejectReferral(rejectedThenPending.id(), DEC_1.plusDays(3), "lks-officer-2", "no places this year")
                .refer(rejectedThenPending.id(), Referral.send(hospital, DEC_1.plusDays(4), "officer-1", ""));
        ReintegrationPlan closed = reintegrationPlan(storedBeneficiary().id(), DEC_1)
                .addService(service(ServiceType.FAMILY_COUNSELLING, 100_000, DEC_1))
                .close(DEC_1.plusMonths(6), "self-reliant; no longer at risk");
        assertThat(full.services())
                .extracting(PlannedService::status)
                .containsExactly(
                        ServiceStatus.PLANNED,
                        ServiceStatus.IN_PROGRESS,
                        ServiceStatus.DELIVERED,
                        ServiceStatus.CANCELLED,
                        ServiceStatus.PLANNED,
                        ServiceStatus.PLANNED);
        assertThat(full.service(rejectedThenPending.id()).orElseThrow().referrals())
                .hasSize(2);

        plans().save(full);
        plans().save(closed);

        assertSameRecord(plans().find(full.id()).orElseThrow(), full.withVersion(1));
        assertSameRecord(plans().find(closed.id()).orElseThrow(), closed.withVersion(1));
        assertThat(plans().find(full.id()).orElseThrow().partnersWithOpenReferrals())
                .containsExactlyInAnyOrder(PANCA_KARSA, hospital);
        assertThat(plans().findByService(rejectedThenPending.id())).contains(full.withVersion(1));
        assertThat(plans().find(full.id()).orElseThrow().services())
                .as("services in the order added")
                .extracting(PlannedService::id)
                .isEqualTo(List.of(
                        planned.id(),
                        started.id(),
                        delivered.id(),
                        cancelled.id(),
                        accepted.id(),
                        rejectedThenPending.id()));
    }

    @Test
    void endedReferralsKeepTheirStatusDateAndReason() {
        PlannedService delivered = service(ServiceType.PBI_JKN_ENROLMENT, 0, DEC_1.plusDays(14));
        PlannedService cancelled = service(ServiceType.DEBT_SETTLEMENT, 4_200_000, DEC_1.plusMonths(2));
        PlannedService withdrawn = service(ServiceType.VOCATIONAL_TRAINING, 2_000_000, DEC_1.plusMonths(2));
        PlannedService expired = service(ServiceType.HEALTH_COSTS, 500_000, DEC_1.plusMonths(1));
        java.time.Period period = java.time.Period.ofDays(30);
        ReintegrationPlan plan = reintegrationPlan(person, DEC_1)
                .addService(delivered)
                .addService(cancelled)
                .addService(withdrawn)
                .addService(expired)
                .refer(delivered.id(), Referral.send(PANCA_KARSA, DEC_1.plusDays(1), "officer-1", ""))
                .acceptReferral(delivered.id(), DEC_1.plusDays(2), "lks-officer-1")
                .startService(delivered.id())
                .deliverService(delivered.id(), DEC_1.plusDays(9))
                .refer(cancelled.id(), Referral.send(RUMAH_PELANGI, DEC_1.plusDays(1), "officer-1", ""))
                .cancelService(cancelled.id(), DEC_1.plusDays(3), "the claim was dropped")
                .refer(withdrawn.id(), Referral.send(PANCA_KARSA, DEC_1.plusDays(1), "officer-1", ""))
                .acceptReferral(withdrawn.id(), DEC_1.plusDays(2), "lks-officer-1")
                .withdrawReferral(withdrawn.id(), DEC_1.plusDays(4), "consent to disclosure withdrawn")
                .refer(expired.id(), Referral.send(RUMAH_PELANGI, DEC_1, "officer-1", ""))
                .expireReferrals(DEC_1.plusDays(40), period);

        plans().save(plan);

        ReintegrationPlan stored = plans().find(plan.id()).orElseThrow();
        assertSameRecord(stored, plan.withVersion(1));
        assertThat(stored.services())
                .extracting(
                        s -> s.latestReferral().status(),
                        s -> s.latestReferral().ended().orElseThrow())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReferralStatus.COMPLETED, DEC_1.plusDays(9)),
                        org.assertj.core.groups.Tuple.tuple(ReferralStatus.WITHDRAWN, DEC_1.plusDays(3)),
                        org.assertj.core.groups.Tuple.tuple(ReferralStatus.WITHDRAWN, DEC_1.plusDays(4)),
                        org.assertj.core.groups.Tuple.tuple(ReferralStatus.EXPIRED, DEC_1.plusDays(30)));
        assertThat(stored.service(withdrawn.id()).orElseThrow().latestReferral().endReason())
                .isEqualTo("consent to disclosure withdrawn");
        assertThat(stored.partnersWithOpenReferrals()).isEmpty();

        ReintegrationPlan reopened = plans().save(
                        stored.refer(expired.id(), Referral.send(PANCA_KARSA, DEC_1.plusDays(41), "officer-1", "")));
        ReintegrationPlan closed = plans().save(reopened.close(DEC_1.plusDays(50), "self-reliant"));

        Referral ended = plans().find(plan.id())
                .orElseThrow()
                .service(expired.id())
                .orElseThrow()
                .latestReferral();
        assertThat(closed.version()).isEqualTo(3);
        assertThat(ended.status()).isEqualTo(ReferralStatus.WITHDRAWN);
        assertThat(ended.ended()).contains(DEC_1.plusDays(50));
        assertThat(ended.answer()).isEmpty();
        assertThat(ended.endReason()).isEqualTo("plan closed: self-reliant");
    }
}
