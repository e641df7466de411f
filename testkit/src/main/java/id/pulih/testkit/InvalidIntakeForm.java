package id.pulih.testkit;

import id.pulih.beneficiary.IntakeForm;
import java.util.Objects;
import java.util.Set;

/**
 * An intake form that registration must refuse, with the codes of every rule it breaks:
 * {@code PulihGen.invalidIntakeForms()} yields these. The form breaks exactly these rules, so the refusal's
 * {@code InvalidFormException.codes()} must be exactly this set.
 *
 * @param form the form, valid except for the broken rules; not null
 * @param expectedCodes the machine codes the refusal must report; not null, not empty
 */
public record InvalidIntakeForm(IntakeForm form, Set<String> expectedCodes) {
    /**
     * Checks and copies.
     *
     * @param form the form
     * @param expectedCodes the codes
     * @throws IllegalArgumentException when no code is given
     */
    public InvalidIntakeForm {
        Objects.requireNonNull(form, "form");
        expectedCodes = Set.copyOf(Objects.requireNonNull(expectedCodes, "expectedCodes"));
        if (expectedCodes.isEmpty()) {
            throw new IllegalArgumentException("an invalid form breaks at least one rule");
        }
    }
}
