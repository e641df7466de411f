package id.pulih;

import id.pulih.beneficiary.Beneficiary;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.DuplicateId;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of attaching a NIK to a case ({@link Cases#attachNik}): attached, or refused because the NIK is another
 * case's, in which case a potential duplicate linking the two cases is open for a supervisor to resolve. The refusal
 * and the duplicate are one successful command: both are kept.
 *
 * <p>The other case is named only to an officer who covers it; an officer who does not gets a
 * {@linkplain #reference() reference} instead (the id of the access-log entry of the refusal), which a national
 * officer can {@linkplain Oversight#resolveReference resolve}, as for {@code case.elsewhere}.
 *
 * @param outcome attached, or refused for a duplicate
 * @param beneficiary the case as it is after the command (unchanged when refused)
 * @param duplicate the potential duplicate opened (or found open) when refused; empty when attached
 * @param otherCase the case that holds the NIK, when refused and the officer covers it
 * @param reference when refused and the officer does not cover the other case: the reference of the refusal
 */
public record NikAttachment(
        Outcome outcome,
        Beneficiary beneficiary,
        Optional<DuplicateId> duplicate,
        Optional<BeneficiaryId> otherCase,
        Optional<String> reference) {
    /** What became of the NIK. */
    public enum Outcome {
        /** The NIK is the case's now; its documents are held. */
        ATTACHED,
        /** The NIK is another case's: not attached, and a potential duplicate of the two is open. */
        REFUSED_DUPLICATE
    }

    /**
     * Checks that the parts fit the outcome.
     *
     * @param outcome the outcome
     * @param beneficiary the case
     * @param duplicate the duplicate
     * @param otherCase the other case
     * @param reference the reference
     * @throws IllegalArgumentException when a refusal lacks its duplicate, or names the other case and a reference
     *     at once, or an attachment names either
     */
    public NikAttachment {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(duplicate, "duplicate");
        Objects.requireNonNull(otherCase, "otherCase");
        Objects.requireNonNull(reference, "reference");
        boolean refused = outcome == Outcome.REFUSED_DUPLICATE;
        if (refused != duplicate.isPresent()
                || (!refused && (otherCase.isPresent() || reference.isPresent()))
                || (refused && otherCase.isPresent() == reference.isPresent())) {
            throw new IllegalArgumentException("a refusal names its duplicate and either the case or a reference");
        }
    }

    /**
     * Whether the NIK was attached.
     *
     * @return true when attached
     */
    public boolean attached() {
        return outcome == Outcome.ATTACHED;
    }
}
