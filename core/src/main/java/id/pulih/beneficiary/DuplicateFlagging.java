package id.pulih.beneficiary;

import id.pulih.internal.util.Checks;
import java.util.Optional;

/**
 * The rule that flags a registration as a potential duplicate of an earlier one, applied the same way by a single
 * registration ({@code Cases.register}), a bulk one ({@code Cases.registerAll}) and after a correction of a case:
 * the earlier records are the candidates of the registration's {@link MatchBlock} (same regency and born within a year, or
 * the same family card), and a pair is flagged when {@link DuplicateScoring#flags} says so (at
 * least one of them without a NIK, scoring at or above the threshold). Two records with different NIKs are two
 * people; a record never duplicates itself.
 *
 * <pre>{@code
 * DuplicateFlagging.between(created, earlier, scoring).ifPresent(store.potentialDuplicates()::save);
 * }</pre>
 */
public final class DuplicateFlagging {
    private DuplicateFlagging() {}

    /**
     * The potential duplicate to record for a registration and an earlier candidate.
     *
     * @param registered the new (or corrected) registration; not null
     * @param earlier a candidate of its block, stored or registered earlier in the same batch; not null
     * @param scoring the scoring and threshold in force; not null
     * @return the open duplicate with its score, or empty when the pair is not to be flagged
     */
    public static Optional<PotentialDuplicate> between(
            MatchProfile registered, MatchProfile earlier, DuplicateScoring scoring) {
        Checks.required(scoring, "scoring");
        return scoring.flags(registered, earlier)
                .map(score -> PotentialDuplicate.flag(registered.id(), earlier.id(), score));
    }
}
