package id.pulih.shelter;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.Nullable;
import id.pulih.shared.RecordType;
import id.pulih.shared.RuleViolationException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One open stay per person.
 *
 * <p>A person is in one shelter at a time: a stay stays open until it is discharged or transferred, and a second open
 * stay of the same beneficiary is refused. Every store checks it before it writes a stay; a database store also
 * holds a unique index on it, whose violation reads as the same error.
 *
 * <p>A person may have been registered twice and the registrations merged: their stays are then all the survivor's.
 * The services ask the rule with every registration of the case ({@code sameCase}), so that a stay still open under
 * the merged registration counts, and refuse a merge that would give the person two open stays
 * ({@link #checkMerge}).
 *
 * <pre>{@code
 * OneOpenStay.check(store.stays(), candidate);   // in a store's save, before it writes
 * OneOpenStay.check(store.stays(), candidate, caseIds);   // in a service: the survivor and those merged into it
 * }</pre>
 */
public final class OneOpenStay {
    /** The catalogue entry of a violation, {@link ShelterError#STAY_OPEN_EXISTS}, always raised as a {@link ConflictException}. */
    public static final ShelterError CODE = ShelterError.STAY_OPEN_EXISTS;

    private OneOpenStay() {}

    /**
     * The stored record that saving {@code candidate} would duplicate, if any; never the candidate itself.
     *
     * @param stays the port to look in, inside the transaction that saves
     * @param candidate the stay about to be saved
     * @return the record in the way, or empty when the candidate may be saved
     */
    public static Optional<Stay> clash(Stays stays, Stay candidate) {
        return clash(stays, candidate, List.of(candidate.beneficiary()));
    }

    /**
     * The stored open stay of the candidate's person under any of its registrations, if any; never the candidate.
     *
     * @param stays the port to look in, inside the transaction that saves
     * @param candidate the stay about to be saved
     * @param sameCase every registration of the candidate's case (the survivor and those merged into it); the
     *     candidate's own beneficiary is looked at whether it is listed or not
     * @return the record in the way, or empty when the candidate may be saved
     */
    public static Optional<Stay> clash(Stays stays, Stay candidate, Collection<BeneficiaryId> sameCase) {
        Checks.required(sameCase, "sameCase");
        if (!candidate.isOpen()) {
            return Optional.empty();
        }
        Optional<Stay> own = stays.findOpen(candidate.beneficiary())
                .filter(other -> !other.id().equals(candidate.id()));
        if (own.isPresent()) {
            return own;
        }
        return openOf(stays, sameCase).filter(other -> !other.id().equals(candidate.id()));
    }

    /**
     * Refuses a candidate that would break the rule; what every store calls before it writes.
     *
     * @param stays the port to look in, inside the transaction that saves
     * @param candidate the stay about to be saved
     * @throws ConflictException {@link #CODE}, naming the record in the way
     */
    public static void check(Stays stays, Stay candidate) {
        check(stays, candidate, List.of(candidate.beneficiary()));
    }

    /**
     * Refuses a candidate that would give the person a second open stay under any of its registrations.
     *
     * @param stays the port to look in, inside the transaction that saves
     * @param candidate the stay about to be saved
     * @param sameCase every registration of the candidate's case
     * @throws ConflictException {@link #CODE}, naming the record in the way
     */
    public static void check(Stays stays, Stay candidate, Collection<BeneficiaryId> sameCase) {
        clash(stays, candidate, sameCase).ifPresent(other -> {
            throw violation(other.id().toString());
        });
    }

    /**
     * The open stay of the person under any of these registrations (there is at most one while the rule holds).
     *
     * @param stays the port to look in
     * @param sameCase every registration of the case, the survivor first
     * @return the open stay, or empty
     */
    public static Optional<Stay> openOf(Stays stays, Collection<BeneficiaryId> sameCase) {
        for (BeneficiaryId id : Checks.required(sameCase, "sameCase")) {
            Optional<Stay> open = stays.findOpen(id);
            if (open.isPresent()) {
                return open;
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses to merge two cases that each have an open stay: merged, the person would be in two shelters at once.
     *
     * @param stays the port to look in, inside the transaction that merges
     * @param survivor every registration of the surviving case
     * @param merged every registration of the case merged into it
     * @throws RuleViolationException {@link ShelterError#MERGE_OPEN_STAYS}
     */
    public static void checkMerge(Stays stays, Collection<BeneficiaryId> survivor, Collection<BeneficiaryId> merged) {
        if (openOf(stays, survivor).isPresent() && openOf(stays, merged).isPresent()) {
            throw ShelterError.MERGE_OPEN_STAYS.violation();
        }
    }

    /**
     * The error for a violation, as every store reports it (a database store from its unique index, too).
     *
     * @param otherId the identifier of the record in the way, or null when the database does not say
     * @return the exception to throw
     */
    public static ConflictException violation(@Nullable String otherId) {
        return ShelterError.STAY_OPEN_EXISTS.conflict(RecordType.STAY, otherId);
    }
}
