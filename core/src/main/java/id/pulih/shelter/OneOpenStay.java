package id.pulih.shelter;

import id.pulih.shared.ConflictException;
import id.pulih.shared.Nullable;
import id.pulih.shared.RecordType;
import java.util.Optional;

/**
 * One open stay per person.
 *
 * <p>A person is in one shelter at a time: a stay stays open until it is discharged or transferred, and a second open
 * stay of the same beneficiary is refused. Every store checks it before it writes a stay; a database store also
 * holds a unique index on it, whose violation reads as the same error.
 *
 * <pre>{@code
 * OneOpenStay.check(store.stays(), candidate);   // in a store's save, before it writes
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
        if (!candidate.isOpen()) {
            return Optional.empty();
        }
        return stays.findOpen(candidate.beneficiary())
                .filter(other -> !other.id().equals(candidate.id()));
    }

    /**
     * Refuses a candidate that would break the rule; what every store calls before it writes.
     *
     * @param stays the port to look in, inside the transaction that saves
     * @param candidate the stay about to be saved
     * @throws ConflictException {@link #CODE}, naming the record in the way
     */
    public static void check(Stays stays, Stay candidate) {
        clash(stays, candidate).ifPresent(other -> {
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
        return ShelterError.STAY_OPEN_EXISTS.conflict(RecordType.STAY, otherId);
    }
}
