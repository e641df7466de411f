package id.pulih;

import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.PotentialDuplicate;
import java.util.List;

/**
 * The result of correcting a case: the corrected case, and the potential duplicates the correction brought to light
 * (a corrected name, birth date, origin or No. KK is checked again as an intake is), listed as {@link Registration}
 * lists them: a pair whose other case the officer does not cover is only counted.
 *
 * @param beneficiary the corrected case
 * @param duplicates potential duplicates flagged, OPEN, whose other case the officer covers
 * @param duplicatesElsewhere how many more were flagged against cases the officer does not cover
 */
public record Corrected(Beneficiary beneficiary, List<PotentialDuplicate> duplicates, int duplicatesElsewhere) {
    /**
     * Copies the list.
     *
     * @param beneficiary the case
     * @param duplicates the duplicates shown
     * @param duplicatesElsewhere the count of the others, zero or more
     * @throws IllegalArgumentException when {@code duplicatesElsewhere} is negative
     */
    public Corrected {
        java.util.Objects.requireNonNull(beneficiary, "beneficiary");
        duplicates = List.copyOf(duplicates);
        if (duplicatesElsewhere < 0) {
            throw new IllegalArgumentException("duplicatesElsewhere must not be negative: " + duplicatesElsewhere);
        }
    }
}
