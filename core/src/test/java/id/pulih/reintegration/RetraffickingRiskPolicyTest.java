package id.pulih.reintegration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pulih.shared.InvalidValueException;
import id.pulih.shared.RiskFactor;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetraffickingRiskPolicyTest {
    private final RetraffickingRiskPolicy policy = new RetraffickingRiskPolicy();

    @Test
    void nothingObservedIsLowZero() {
        RiskScore score = policy.score(Set.of());

        assertThat(score.total()).isZero();
        assertThat(score.level()).isEqualTo(RiskLevel.LOW);
        assertThat(score.contributions()).isEmpty();
        assertThat(score.explanation()).isEqualTo("LOW 0: economic 0; social 0; psychosocial 0");
    }

    @Test
    void aRecruitersApproachIsHighOnItsOwn() {
        assertThat(policy.score(Set.of(RiskFactor.RE_TRAFFICKING_APPROACH)).level())
                .isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void eachFactorRaisesItsDimensionByItsWeightAndTheExplanationNamesIt() {
        RiskScore score = policy.score(Set.of(
                RiskFactor.DEBT_TRAP,
                RiskFactor.WORSENING_ECONOMY,
                RiskFactor.LOST_IDENTITY_DOCUMENTS,
                RiskFactor.SHAME_AT_RETURN,
                RiskFactor.ILLNESS));

        assertThat(score.economic()).isEqualTo(5);
        assertThat(score.social()).isEqualTo(1);
        assertThat(score.psychosocial()).isEqualTo(3);
        assertThat(score.total()).isEqualTo(9);
        assertThat(score.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(score.raisedBy(RiskDimension.ECONOMIC))
                .containsExactly(RiskFactor.DEBT_TRAP, RiskFactor.WORSENING_ECONOMY);
        assertThat(score.explanation())
                .isEqualTo("HIGH 9: economic 5 (DEBT_TRAP +3, WORSENING_ECONOMY +2); social 1 (LOST_IDENTITY_DOCUMENTS"
                        + " +1); psychosocial 3 (SHAME_AT_RETURN +2, ILLNESS +1)");
    }

    @Test
    void levelsChangeAtFourAndEight() {
        assertThat(policy.level(3)).isEqualTo(RiskLevel.LOW);
        assertThat(policy.level(4)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(policy.level(7)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(policy.level(8)).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void everyFactorIsWeighedAndTheTotalIsTheSumOfTheDimensions() {
        RiskScore all = policy.score(EnumSet.allOf(RiskFactor.class));

        assertThat(all.contributions()).hasSize(RiskFactor.values().length);
        assertThat(all.total()).isEqualTo(all.economic() + all.social() + all.psychosocial());
        assertThat(all.total()).isEqualTo(27);
    }

    @Test
    void aScoreThatDoesNotAddUpIsRefused() {
        assertThatThrownBy(() -> new RiskScore(1, 0, 0, 2, RiskLevel.LOW, List.of()))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("risk.total"));
        assertThatThrownBy(() -> new RiskScore(1, 0, 0, 1, RiskLevel.LOW, List.of()))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("risk.contributions"));
    }
}
