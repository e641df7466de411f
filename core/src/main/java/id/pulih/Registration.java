package id.pulih;

import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.PotentialDuplicate;
import java.util.List;

/**
 * The result of registering a beneficiary: the new case, and the probable duplicates flagged for an officer to
 * resolve (empty in the usual case).
 *
 * @param beneficiary the registered beneficiary
 * @param duplicates potential duplicates flagged, OPEN
 */
public record Registration(Beneficiary beneficiary, List<PotentialDuplicate> duplicates) {
    /**
     * Copies the list.
     *
     * @param beneficiary the beneficiary
     * @param duplicates the duplicates
     */
    public Registration {
        duplicates = List.copyOf(duplicates);
    }
}
