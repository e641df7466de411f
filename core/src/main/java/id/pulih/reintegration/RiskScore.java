package id.pulih.reintegration;

import id.pulih.internal.util.Checks;
import id.pulih.shared.RiskFactor;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A re-trafficking risk score, as {@link RetraffickingRiskPolicy} computes it from the risk factors observed: points
 * per dimension, their total, the level, and the explanation (which factors raised which dimension).
 *
 * <pre>{@code
 * RiskScore s = new RetraffickingRiskPolicy().score(Set.of(RiskFactor.DEBT_TRAP, RiskFactor.SHAME_AT_RETURN));
 * s.total();        // 5
 * s.level();        // MEDIUM
 * s.explanation();  // "MEDIUM 5: economic 3 (DEBT_TRAP +3); social 0; psychosocial 2 (SHAME_AT_RETURN +2)"
 * }</pre>
 *
 * @param economic points in the economic dimension, 0 or more
 * @param social points in the social dimension, 0 or more
 * @param psychosocial points in the psychosocial dimension, 0 or more
 * @param total the sum of the three
 * @param level the level of the total
 * @param contributions the factors that raised the score, with their dimension and points
 */
public record RiskScore(
        int economic, int social, int psychosocial, int total, RiskLevel level, List<RiskContribution> contributions) {
    /**
     * Checks that the parts add up.
     *
     * @param economic economic points
     * @param social social points
     * @param psychosocial psychosocial points
     * @param total the total
     * @param level the level
     * @param contributions the contributions
     */
    public RiskScore {
        Checks.required(level, "level");
        contributions = List.copyOf(Checks.required(contributions, "contributions"));
        if (economic < 0 || social < 0 || psychosocial < 0 || total != economic + social + psychosocial) {
            throw ReintegrationError.RISK_TOTAL.invalid();
        }
        for (RiskDimension d : RiskDimension.values()) {
            int sum = contributions.stream()
                    .filter(c -> c.dimension() == d)
                    .mapToInt(RiskContribution::points)
                    .sum();
            if (sum != pointsIn(d, economic, social, psychosocial)) {
                throw ReintegrationError.RISK_CONTRIBUTIONS.invalid();
            }
        }
    }

    private static int pointsIn(RiskDimension d, int economic, int social, int psychosocial) {
        return switch (d) {
            case ECONOMIC -> economic;
            case SOCIAL -> social;
            case PSYCHOSOCIAL -> psychosocial;
        };
    }

    /**
     * The points in one dimension.
     *
     * @param dimension the dimension
     * @return the points
     */
    public int points(RiskDimension dimension) {
        return pointsIn(Checks.required(dimension, "dimension"), economic, social, psychosocial);
    }

    /**
     * The factors that raised one dimension.
     *
     * @param dimension the dimension
     * @return the factors, largest contribution first
     */
    public List<RiskFactor> raisedBy(RiskDimension dimension) {
        Checks.required(dimension, "dimension");
        return contributions.stream()
                .filter(c -> c.dimension() == dimension)
                .map(RiskContribution::factor)
                .toList();
    }

    /**
     * A readable explanation: the level and total, then each dimension with the factors that raised it.
     *
     * @return the explanation, for example {@code HIGH 10: economic 2 (WORSENING_ECONOMY +2); social 8
     *     (RE_TRAFFICKING_APPROACH +8); psychosocial 0}
     */
    public String explanation() {
        StringBuilder text =
                new StringBuilder().append(level).append(' ').append(total).append(':');
        String separator = " ";
        for (RiskDimension d : RiskDimension.values()) {
            text.append(separator)
                    .append(d.name().toLowerCase(java.util.Locale.ROOT))
                    .append(' ')
                    .append(points(d));
            List<RiskContribution> raised =
                    contributions.stream().filter(c -> c.dimension() == d).toList();
            if (!raised.isEmpty()) {
                text.append(" (")
                        .append(raised.stream().map(RiskContribution::toString).collect(Collectors.joining(", ")))
                        .append(')');
            }
            separator = "; ";
        }
        return text.toString();
    }
}
