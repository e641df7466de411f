package id.pulih.grant;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.Nullable;
import id.pulih.shared.RecordType;
import id.pulih.shared.RuleViolationException;
import id.pulih.shared.SchemeId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One award per scheme and person.
 *
 * <p>A scheme grants a person its amount once. Every store checks it before it writes an award, and the grant service
 * asks it before it commits the scheme's budget; a database store also holds a unique index on it, whose violation
 * reads as the same error.
 *
 * <p>The awards of registrations merged into a survivor are the survivor's: the services ask the rule with every
 * registration of the case ({@code sameCase}), and refuse a merge that would give the person two awards of one
 * scheme ({@link #checkMerge}).
 *
 * <pre>{@code
 * OneAward.check(store.awards(), candidate);   // in a store's save, before it writes
 * OneAward.check(store.awards(), candidate, caseIds);   // in a service, for the whole case
 * }</pre>
 */
public final class OneAward {
    /** The catalogue entry of a violation, {@link GrantError#AWARD_EXISTS}, always raised as a {@link ConflictException}. */
    public static final GrantError CODE = GrantError.AWARD_EXISTS;

    private OneAward() {}

    /**
     * The stored record that saving {@code candidate} would duplicate, if any; never the candidate itself.
     *
     * @param awards the port to look in, inside the transaction that saves
     * @param candidate the award about to be saved
     * @return the record in the way, or empty when the candidate may be saved
     */
    public static Optional<Award> clash(Awards awards, Award candidate) {
        return clash(awards, candidate, List.of(candidate.beneficiary()));
    }

    /**
     * The stored award of the candidate's scheme to its person under any of its registrations, if any; never the
     * candidate.
     *
     * @param awards the port to look in, inside the transaction that saves
     * @param candidate the award about to be saved
     * @param sameCase every registration of the candidate's case (the survivor and those merged into it); the
     *     candidate's own beneficiary is looked at whether it is listed or not
     * @return the record in the way, or empty when the candidate may be saved
     */
    public static Optional<Award> clash(Awards awards, Award candidate, Collection<BeneficiaryId> sameCase) {
        Checks.required(sameCase, "sameCase");
        Optional<Award> own = awards.find(candidate.scheme(), candidate.beneficiary())
                .filter(other -> !other.id().equals(candidate.id()));
        if (own.isPresent()) {
            return own;
        }
        for (BeneficiaryId id : sameCase) {
            Optional<Award> other = awards.find(candidate.scheme(), id).filter(a -> !a.id().equals(candidate.id()));
            if (other.isPresent()) {
                return other;
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses a candidate that would give the person a second award of the scheme under any of its registrations.
     *
     * @param awards the port to look in, inside the transaction that saves
     * @param candidate the award about to be saved
     * @param sameCase every registration of the candidate's case
     * @throws ConflictException {@link #CODE}, naming the record in the way
     */
    public static void check(Awards awards, Award candidate, Collection<BeneficiaryId> sameCase) {
        clash(awards, candidate, sameCase).ifPresent(other -> {
            throw violation(other.id().toString());
        });
    }

    /**
     * Refuses to merge two cases that each hold an award of one scheme: merged, the person would hold it twice.
     *
     * @param awards the port to look in, inside the transaction that merges
     * @param survivor every registration of the surviving case
     * @param merged every registration of the case merged into it
     * @throws RuleViolationException {@link GrantError#MERGE_AWARDS}, naming the scheme
     */
    public static void checkMerge(Awards awards, Collection<BeneficiaryId> survivor, Collection<BeneficiaryId> merged) {
        Set<SchemeId> held = new HashSet<>();
        for (BeneficiaryId id : Checks.required(survivor, "survivor")) {
            awards.forBeneficiary(id).forEach(a -> held.add(a.scheme()));
        }
        for (BeneficiaryId id : Checks.required(merged, "merged")) {
            for (Award a : awards.forBeneficiary(id)) {
                if (held.contains(a.scheme())) {
                    throw GrantError.MERGE_AWARDS.violation(a.scheme());
                }
            }
        }
    }

    /**
     * Refuses a candidate that would break the rule; what every store calls before it writes.
     *
     * @param awards the port to look in, inside the transaction that saves
     * @param candidate the award about to be saved
     * @throws ConflictException {@link #CODE}, naming the record in the way
     */
    public static void check(Awards awards, Award candidate) {
        clash(awards, candidate).ifPresent(other -> {
            throw violation(other.id().toString());
        });
    }

    /**
     * The error for a violation, as every store reports it (a database store from its unique index, too).
     *
     * @param otherId the identifier of the record in the way, or null when the database does not say
     * @return the exception to throw
     */
    public static ConflictException violation(@Nullable String otherId) {
        return GrantError.AWARD_EXISTS.conflict(RecordType.AWARD, otherId);
    }
}
