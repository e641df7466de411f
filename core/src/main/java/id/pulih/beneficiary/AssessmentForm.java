package id.pulih.beneficiary;

import id.pulih.shared.RiskFactor;
import id.pulih.shared.UpToToday;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Set;

/**
 * An assessment (asesmen) to record.
 *
 * @param date when it was made, not in the future
 * @param poverty the poverty category
 * @param vulnerabilities vulnerabilities found (may be empty)
 * @param risks risk factors found (may be empty)
 * @param needs needs found (may be empty)
 */
public record AssessmentForm(
        @NotNull @UpToToday LocalDate date,
        @NotNull PovertyCategory poverty,
        @NotNull Set<Vulnerability> vulnerabilities,
        @NotNull Set<RiskFactor> risks,
        @NotNull Set<Need> needs) {

    /**
     * The assessment this form describes.
     *
     * @param assessedBy the officer
     * @return the assessment
     */
    public Assessment toAssessment(String assessedBy) {
        return new Assessment(date, poverty, vulnerabilities, risks, needs, assessedBy);
    }
}
