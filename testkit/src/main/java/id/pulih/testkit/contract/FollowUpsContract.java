package id.pulih.testkit.contract;

import static id.pulih.testkit.contract.ContractRecords.assertSameRecord;
import static id.pulih.testkit.contract.ContractRecords.conflict;
import static id.pulih.testkit.contract.ContractRecords.reintegrationPlan;
import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.reintegration.FollowUp;
import id.pulih.reintegration.FollowUpStatus;
import id.pulih.reintegration.FollowUps;
import id.pulih.reintegration.ReintegrationPlan;
import id.pulih.reintegration.RetraffickingRiskPolicy;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.FollowUpId;
import id.pulih.shared.RecordError;
import id.pulih.shared.RecordType;
import id.pulih.shared.RiskFactor;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link FollowUps}: optimistic locking, the follow-ups of a person and those still scheduled up to
 * a date, each earliest due first, and a round trip in each status.
 */
public abstract class FollowUpsContract extends PortContract {
    private static final LocalDate HANDED_OVER = LocalDate.of(2019, 12, 1);
    private static final RetraffickingRiskPolicy POLICY = new RetraffickingRiskPolicy();

    private ReintegrationPlan plan;

    /** For subclasses. */
    protected FollowUpsContract() {}

    @BeforeEach
    final void storeAPlan() {
        plan = storedPlan();
    }

    private ReintegrationPlan storedPlan() {
        return store().reintegrationPlans()
                .save(reintegrationPlan(storedBeneficiary().id(), HANDED_OVER));
    }

    private FollowUps followUps() {
        return store().followUps();
    }

    private FollowUp schedule(ReintegrationPlan of, int monthsAfter) {
        return FollowUp.schedule(of.beneficiary(), of.id(), HANDED_OVER, monthsAfter);
    }

    private FollowUp visit(FollowUp due) {
        return due.recordVisit(
                due.dueOn().plusDays(2),
                Set.of(RiskFactor.DEBT_TRAP, RiskFactor.SHAME_AT_RETURN),
                "ibu dan anak sehat; utang ke sponsor masih ditagih",
                "officer-2",
                POLICY);
    }

    @Test
    void saveThenFindReturnsTheStoredVersion() {
        FollowUp fresh = schedule(plan, 1);

        FollowUp saved = followUps().save(fresh);

        assertThat(saved).isEqualTo(fresh.withVersion(1));
        assertThat(followUps().find(fresh.id())).contains(saved);
    }

    @Test
    void updateAtTheReadVersionBumpsTheVersion() {
        FollowUp v1 = followUps().save(schedule(plan, 1));

        FollowUp v2 = followUps().save(visit(v1));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(followUps().find(v1.id())).contains(v2);
    }

    @Test
    void staleUpdateFailsWithConflictAndWritesNothing() {
        FollowUp v1 = followUps().save(schedule(plan, 1));
        FollowUp v2 = followUps().save(visit(v1));

        ConflictException stale = conflict(
                RecordError.STALE, RecordType.FOLLOW_UP, () -> followUps().save(v1.cancel()));

        assertThat(stale.recordId()).isEqualTo(v1.id().toString());
        assertThat(followUps().find(v1.id())).contains(v2);
    }

    @Test
    void savingANeverStoredRecordAtAVersionAboveZeroIsStale() {
        FollowUp neverStored = schedule(plan, 1).withVersion(3);

        conflict(RecordError.STALE, RecordType.FOLLOW_UP, () -> followUps().save(neverStored));

        assertThat(followUps().find(neverStored.id())).isEmpty();
        assertThat(followUps().forBeneficiary(plan.beneficiary())).isEmpty();
        assertThat(followUps().scheduledUntil(HANDED_OVER.plusYears(1))).isEmpty();
    }

    @Test
    void findOfAnUnknownIdOrPersonIsEmptyNeverNull() {
        followUps().save(schedule(plan, 1));

        assertThat(followUps().find(FollowUpId.next())).isNotNull().isEmpty();
        assertThat(followUps().forBeneficiary(BeneficiaryId.next())).isNotNull().isEmpty();
        assertThat(followUps().scheduledUntil(HANDED_OVER)).isNotNull().isEmpty();
    }

    @Test
    void forBeneficiaryListsEveryFollowUpEarliestDueFirst() {
        // saved latest due first, so a store that returns insertion order fails
        FollowUp twelve = followUps().save(schedule(plan, 12));
        FollowUp one = followUps().save(visit(schedule(plan, 1)));
        FollowUp six = followUps().save(schedule(plan, 6));
        FollowUp three = followUps().save(schedule(plan, 3).cancel());
        followUps().save(schedule(storedPlan(), 2));

        assertThat(followUps().forBeneficiary(plan.beneficiary())).containsExactly(one, three, six, twelve);
    }

    @Test
    void scheduledUntilListsScheduledFollowUpsDueOnOrBeforeTheDateEarliestFirst() {
        ReintegrationPlan other = storedPlan();
        FollowUp sixMonths = followUps().save(schedule(plan, 6));
        FollowUp othersThree = followUps().save(schedule(other, 3));
        FollowUp one = followUps().save(schedule(plan, 1));
        followUps().save(visit(schedule(other, 1))); // visited: not scheduled any more
        followUps().save(schedule(other, 2).cancel()); // cancelled
        followUps().save(schedule(plan, 12)); // due later

        LocalDate sixMonthsDue = HANDED_OVER.plusMonths(6);
        assertThat(followUps().scheduledUntil(sixMonthsDue))
                .as("the date itself is included")
                .containsExactly(one, othersThree, sixMonths);
        assertThat(followUps().scheduledUntil(sixMonthsDue.minusDays(1))).containsExactly(one, othersThree);
    }

    @Test
    void aFollowUpInEachStatusRoundTrips() {
        FollowUp scheduled = schedule(plan, 60);
        FollowUp visited = visit(schedule(plan, 1));
        FollowUp quietVisit =
                schedule(plan, 3).recordVisit(HANDED_OVER.plusMonths(3), Set.of(), null, "officer-3", POLICY);
        FollowUp cancelled = schedule(plan, 6).cancel();
        assertThat(visited.riskScore()).isPresent();

        for (FollowUp each : List.of(scheduled, visited, quietVisit, cancelled)) {
            followUps().save(each);

            assertSameRecord(followUps().find(each.id()).orElseThrow(), each.withVersion(1));
        }
        assertThat(List.of(scheduled, visited, quietVisit, cancelled))
                .extracting(FollowUp::status)
                .containsExactly(
                        FollowUpStatus.SCHEDULED,
                        FollowUpStatus.VISITED,
                        FollowUpStatus.VISITED,
                        FollowUpStatus.CANCELLED);
    }
}
