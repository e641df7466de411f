package id.pulih.beneficiary;

import id.pulih.internal.util.Checks;
import java.util.Optional;

/**
 * The rule that flags a new registration as a potential duplicate of an earlier one, applied the same way by a single
 * registration ({@code Cases.register}) and by a bulk one ({@code Cases.registerAll}): two records that share their
 * {@link DuplicateKey} (normalised name, birth date, origin regency) are flagged when at least one of them has no NIK
 * to tell them apart. Two records with different NIKs are two people; a record never duplicates itself.
 *
 * <pre>{@code
 * DuplicateFlagging.between(created, earlier).ifPresent(store.potentialDuplicates()::save);
 * }</pre>
 */
public final class DuplicateFlagging {
    private DuplicateFlagging() {}

    /**
     * Whether a new registration and an earlier record with the same duplicate key are to be flagged.
     *
     * @param registered the new registration; not null
     * @param earlier a record with the same duplicate key, stored or registered earlier in the same batch; not null
     * @return true when a supervisor must decide whether they are the same person
     */
    public static boolean flags(Beneficiary registered, Beneficiary earlier) {
        Checks.required(registered, "registered");
        Checks.required(earlier, "earlier");
        return !registered.id().equals(earlier.id())
                && (registered.nik().isEmpty() || earlier.nik().isEmpty());
    }

    /**
     * The potential duplicate to record for a new registration and an earlier record with the same duplicate key.
     *
     * @param registered the new registration; not null
     * @param earlier a record with the same duplicate key; not null
     * @return the open duplicate, or empty when {@link #flags} says they are not to be flagged
     */
    public static Optional<PotentialDuplicate> between(Beneficiary registered, Beneficiary earlier) {
        return flags(registered, earlier)
                ? Optional.of(PotentialDuplicate.flag(registered.id(), earlier.id()))
                : Optional.empty();
    }
}
