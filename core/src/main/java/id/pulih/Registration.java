package id.pulih;

import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.PotentialDuplicate;
import java.util.List;

/**
 * The result of registering a beneficiary: the new case, and the probable duplicates flagged for an officer to
 * resolve (empty in the usual case).
 *
 * <p>A flagged pair names the earlier case, so it is listed only when the registering officer covers that case (and
 * its read is then in the access log); a pair whose earlier case lies in another jurisdiction is only counted, in
 * {@link #duplicatesElsewhere()}, for a supervisor who covers both to resolve.
 *
 * @param beneficiary the registered beneficiary
 * @param duplicates potential duplicates flagged, OPEN, whose earlier case the officer covers
 * @param duplicatesElsewhere how many more were flagged against cases the officer does not cover
 */
public record Registration(Beneficiary beneficiary, List<PotentialDuplicate> duplicates, int duplicatesElsewhere) {
    /**
     * Copies the list.
     *
     * @param beneficiary the beneficiary
     * @param duplicates the duplicates
     * @param duplicatesElsewhere the count of the others, zero or more
     */
    public Registration {
        duplicates = List.copyOf(duplicates);
        if (duplicatesElsewhere < 0) {
            throw new IllegalArgumentException("duplicatesElsewhere must not be negative: " + duplicatesElsewhere);
        }
    }

    /**
     * A registration whose flagged pairs are all listed.
     *
     * @param beneficiary the beneficiary
     * @param duplicates the duplicates
     */
    public Registration(Beneficiary beneficiary, List<PotentialDuplicate> duplicates) {
        this(beneficiary, duplicates, 0);
    }
}
