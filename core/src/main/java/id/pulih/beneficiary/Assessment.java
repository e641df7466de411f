package id.pulih.beneficiary;

import id.pulih.internal.util.Checks;
import id.pulih.shared.RiskFactor;
import java.time.LocalDate;
import java.util.Set;

/**
 * An assessment (asesmen) on a date: the poverty category, vulnerabilities, risk factors and needs found. A case keeps
 * every assessment in its history; the latest decides current needs.
 *
 * @param date when it was made
 * @param poverty the poverty category
 * @param vulnerabilities vulnerabilities found
 * @param risks risk factors found
 * @param needs needs found
 * @param assessedBy the officer who made it
 */
public record Assessment(
        LocalDate date,
        PovertyCategory poverty,
        Set<Vulnerability> vulnerabilities,
        Set<RiskFactor> risks,
        Set<Need> needs,
        String assessedBy) {
    /**
     * Checks and copies.
     *
     * @param date the date
     * @param poverty the category
     * @param vulnerabilities vulnerabilities
     * @param risks risk factors
     * @param needs needs
     * @param assessedBy the officer
     */
    public Assessment {
        Checks.required(date, "date");
        Checks.required(poverty, "poverty");
        vulnerabilities = Set.copyOf(Checks.required(vulnerabilities, "vulnerabilities"));
        risks = Set.copyOf(Checks.required(risks, "risks"));
        needs = Set.copyOf(Checks.required(needs, "needs"));
        assessedBy = Checks.requiredText(assessedBy, "assessedBy");
    }
}
