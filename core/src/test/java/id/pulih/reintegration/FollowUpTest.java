package id.pulih.reintegration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.IllegalTransitionException;
import id.pulih.shared.PlanId;
import id.pulih.shared.RiskFactor;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FollowUpTest {
    private static final LocalDate HOME = LocalDate.of(2019, 10, 1);
    private static final RetraffickingRiskPolicy POLICY = new RetraffickingRiskPolicy();

    private static FollowUp scheduled() {
        return FollowUp.schedule(BeneficiaryId.next(), PlanId.next(), HOME, 3).withVersion(2);
    }

    private static void assertSameSchedule(FollowUp moved, FollowUp scheduled) {
        assertThat(moved.id()).isEqualTo(scheduled.id());
        assertThat(moved.beneficiary()).isEqualTo(scheduled.beneficiary());
        assertThat(moved.plan()).isEqualTo(scheduled.plan());
        assertThat(moved.monthsAfter()).isEqualTo(scheduled.monthsAfter());
        assertThat(moved.dueOn()).isEqualTo(scheduled.dueOn());
        assertThat(moved.version()).isEqualTo(scheduled.version());
    }

    @Test
    void aScheduledFollowUpHasNoVisitYet() {
        FollowUp scheduled = scheduled();

        assertThat(scheduled.dueOn()).isEqualTo(HOME.plusMonths(3));
        assertThat(scheduled.visit()).isEmpty();
        assertThat(scheduled.riskScore()).isEmpty();
        assertThat(scheduled.observed()).isEmpty();
        assertThat(scheduled.visitedBy()).isEmpty();
    }

    @Test
    void recordingAVisitKeepsTheScheduleAndScoresTheFactors() {
        FollowUp scheduled = scheduled();
        Set<RiskFactor> seen = Set.of(RiskFactor.DEBT_TRAP);

        FollowUp visited = scheduled.recordVisit(HOME.plusMonths(3), seen, " well ", "officer-3", POLICY);

        assertSameSchedule(visited, scheduled);
        assertThat(visited.status()).isEqualTo(FollowUpStatus.VISITED);
        assertThat(visited.visit()).contains(HOME.plusMonths(3));
        assertThat(visited.riskScore()).contains(POLICY.score(seen));
        assertThat(visited.observed()).isEqualTo(seen);
        assertThat(visited.notes()).isEqualTo("well");
        assertThat(visited.visitedBy()).isEqualTo("officer-3");
    }

    @Test
    void cancellingKeepsTheScheduleAndLeavesNoVisit() {
        FollowUp scheduled = scheduled();

        FollowUp cancelled = scheduled.cancel();

        assertSameSchedule(cancelled, scheduled);
        assertThat(cancelled.status()).isEqualTo(FollowUpStatus.CANCELLED);
        assertThat(cancelled.visit()).isEmpty();
        assertThat(cancelled.riskScore()).isEmpty();
        assertThatThrownBy(cancelled::cancel)
                .isInstanceOfSatisfying(
                        IllegalTransitionException.class,
                        e -> assertThat(e.code()).isEqualTo(ReintegrationError.FOLLOWUP_TRANSITION.code()));
    }

    @Test
    void withVersionKeepsTheVisit() {
        FollowUp visited = scheduled().recordVisit(HOME.plusMonths(3), Set.of(), null, "officer-3", POLICY);

        FollowUp bumped = visited.withVersion(visited.version() + 1);

        assertThat(bumped.version()).isEqualTo(visited.version() + 1);
        assertThat(bumped.visit()).isEqualTo(visited.visit());
        assertThat(bumped.riskScore()).isEqualTo(visited.riskScore());
        assertThat(bumped).isNotEqualTo(visited);
        assertThat(bumped.withVersion(visited.version())).isEqualTo(visited).hasSameHashCodeAs(visited);
    }
}
