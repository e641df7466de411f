package id.pulih.reintegration;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.CrossChecked;
import id.pulih.shared.FormViolation;
import id.pulih.shared.LimitedText;
import id.pulih.shared.Nullable;
import id.pulih.shared.TextLimit;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A reintegration plan to make.
 *
 * <pre>{@code
 * new PlanForm(id, List.of("a steady income from a food stall", "debts to the recruiter settled"), null);
 * }</pre>
 *
 * @param beneficiary the case, REPATRIATED or IN_REINTEGRATION
 * @param goals the goals agreed with the beneficiary, 1 to 20, each 1 to 500 characters
 * @param followUpMonths when to visit, in months after the handover home, strictly increasing, each 1 to 60; null for
 *     the default {@link #DEFAULT_SCHEDULE}
 */
public record PlanForm(
        @NotNull BeneficiaryId beneficiary,
        @NotEmpty @Size(max = 20) List<@NotBlank @LimitedText(TextLimit.DETAIL) String> goals,
        @Nullable @Size(min = 1, max = 24) List<@NotNull @Min(1) @Max(FollowUp.MAX_MONTHS) Integer> followUpMonths)
        implements CrossChecked {
    /** The default follow-up schedule: 1, 3, 6 and 12 months after the handover. */
    public static final List<Integer> DEFAULT_SCHEDULE = List.of(1, 3, 6, 12);

    /**
     * A plan with the default follow-up schedule.
     *
     * @param beneficiary the case
     * @param goals the goals
     * @return the form
     */
    public static PlanForm of(BeneficiaryId beneficiary, String... goals) {
        return new PlanForm(beneficiary, List.of(goals), null);
    }

    /**
     * The follow-up schedule to use.
     *
     * @return the months given, or the default
     */
    public List<Integer> schedule() {
        return followUpMonths == null ? DEFAULT_SCHEDULE : List.copyOf(followUpMonths);
    }

    @Override
    public List<FormViolation> crossCheck() {
        List<FormViolation> found = new ArrayList<>();
        if (followUpMonths != null) {
            Integer previous = null;
            for (Integer month : followUpMonths) {
                if (month != null && previous != null && month <= previous) {
                    found.add(new FormViolation(
                            "followUpMonths", "plan.schedule", "the months must be strictly increasing"));
                    break;
                }
                previous = month == null ? previous : month;
            }
        }
        return found;
    }
}
