package id.pulih.reintegration;

import id.pulih.internal.util.Checks;
import id.pulih.shared.RiskFactor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Scores the risk that a returned person is trafficked again, from the risk factors observed at a visit or an
 * assessment. Each factor raises one dimension by a fixed weight:
 *
 * <table>
 *   <caption>Weights</caption>
 *   <tr><th>dimension</th><th>factor</th><th>points</th></tr>
 *   <tr><td>economic</td><td>DEBT_TRAP</td><td>3</td></tr>
 *   <tr><td>economic</td><td>WORSENING_ECONOMY, NO_ACCESS_TO_DECENT_WORK, ASSETS_SOLD_FOR_DEPARTURE</td><td>2</td></tr>
 *   <tr><td>social</td><td>RE_TRAFFICKING_APPROACH</td><td>8</td></tr>
 *   <tr><td>social</td><td>FAMILY_DISHARMONY</td><td>2</td></tr>
 *   <tr><td>social</td><td>LOST_IDENTITY_DOCUMENTS, NO_INFORMATION_ON_HELP</td><td>1</td></tr>
 *   <tr><td>psychosocial</td><td>SHAME_AT_RETURN, ORGAN_SOLD</td><td>2</td></tr>
 *   <tr><td>psychosocial</td><td>ILLNESS, PHYSICAL_DISABILITY</td><td>1</td></tr>
 * </table>
 *
 * <p>The level follows the total: LOW below {@value #MEDIUM_FROM}, MEDIUM below {@value #HIGH_FROM}, HIGH from
 * {@value #HIGH_FROM}. Why these weights: a recruiter's new approach is the direct precursor of re-trafficking, so
 * it makes a case HIGH on its own; debt is the usual lever recruiters use, so it weighs most among the economic
 * factors; factors that make a person vulnerable without pushing them to leave (illness, missing documents) weigh
 * least. Stateless and thread-safe.
 *
 * <pre>{@code
 * RiskScore s = new RetraffickingRiskPolicy().score(Set.of(RiskFactor.DEBT_TRAP, RiskFactor.FAMILY_DISHARMONY));
 * s.level();  // MEDIUM (5)
 * }</pre>
 */
public final class RetraffickingRiskPolicy {
    /** The lowest total that is MEDIUM. */
    public static final int MEDIUM_FROM = 4;

    /** The lowest total that is HIGH. */
    public static final int HIGH_FROM = 8;

    /** Creates the policy. */
    public RetraffickingRiskPolicy() {}

    /**
     * The dimension a factor raises.
     *
     * @param factor the factor
     * @return the dimension
     */
    public RiskDimension dimension(RiskFactor factor) {
        // an exhaustive switch: a new risk factor does not compile until it is placed and weighed
        return switch (Checks.required(factor, "factor")) {
            case DEBT_TRAP, WORSENING_ECONOMY, NO_ACCESS_TO_DECENT_WORK, ASSETS_SOLD_FOR_DEPARTURE ->
                RiskDimension.ECONOMIC;
            case RE_TRAFFICKING_APPROACH, FAMILY_DISHARMONY, LOST_IDENTITY_DOCUMENTS, NO_INFORMATION_ON_HELP ->
                RiskDimension.SOCIAL;
            case SHAME_AT_RETURN, ORGAN_SOLD, ILLNESS, PHYSICAL_DISABILITY -> RiskDimension.PSYCHOSOCIAL;
        };
    }

    /**
     * The points a factor adds.
     *
     * @param factor the factor
     * @return the points, 1 to 8
     */
    public int weight(RiskFactor factor) {
        return switch (Checks.required(factor, "factor")) {
            case RE_TRAFFICKING_APPROACH -> 8;
            case DEBT_TRAP -> 3;
            case WORSENING_ECONOMY,
                    NO_ACCESS_TO_DECENT_WORK,
                    ASSETS_SOLD_FOR_DEPARTURE,
                    FAMILY_DISHARMONY,
                    SHAME_AT_RETURN,
                    ORGAN_SOLD -> 2;
            case LOST_IDENTITY_DOCUMENTS, NO_INFORMATION_ON_HELP, ILLNESS, PHYSICAL_DISABILITY -> 1;
        };
    }

    /**
     * The level of a total.
     *
     * @param total the total, 0 or more
     * @return the level
     */
    public RiskLevel level(int total) {
        if (total >= HIGH_FROM) {
            return RiskLevel.HIGH;
        }
        return total >= MEDIUM_FROM ? RiskLevel.MEDIUM : RiskLevel.LOW;
    }

    /**
     * Scores a set of observed factors.
     *
     * @param observed the factors observed, may be empty (a LOW score of 0)
     * @return the score, explained
     */
    public RiskScore score(Set<RiskFactor> observed) {
        Checks.required(observed, "observed");
        Set<RiskFactor> factors = observed.isEmpty() ? EnumSet.noneOf(RiskFactor.class) : EnumSet.copyOf(observed);
        List<RiskContribution> contributions = new ArrayList<>();
        int economic = 0;
        int social = 0;
        int psychosocial = 0;
        for (RiskFactor f : factors) {
            int points = weight(f);
            RiskDimension d = dimension(f);
            contributions.add(new RiskContribution(f, d, points));
            switch (d) {
                case ECONOMIC -> economic += points;
                case SOCIAL -> social += points;
                case PSYCHOSOCIAL -> psychosocial += points;
            }
        }
        contributions.sort(
                Comparator.comparingInt(RiskContribution::points).reversed().thenComparing(RiskContribution::factor));
        int total = economic + social + psychosocial;
        return new RiskScore(economic, social, psychosocial, total, level(total), contributions);
    }
}
