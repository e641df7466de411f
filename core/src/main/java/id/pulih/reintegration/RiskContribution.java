package id.pulih.reintegration;

import id.pulih.internal.util.Checks;
import id.pulih.shared.RiskFactor;

/**
 * One reason a risk score rose: a factor observed, the dimension it raised and by how many points.
 *
 * @param factor the risk factor observed
 * @param dimension the dimension it raised
 * @param points the points it added, more than 0
 */
public record RiskContribution(RiskFactor factor, RiskDimension dimension, int points) {
    /**
     * Checks every part.
     *
     * @param factor the factor
     * @param dimension the dimension
     * @param points the points
     */
    public RiskContribution {
        Checks.required(factor, "factor");
        Checks.required(dimension, "dimension");
        if (points <= 0) {
            throw ReintegrationError.RISK_POINTS.invalid();
        }
    }

    @Override
    public String toString() {
        return factor + " +" + points;
    }
}
