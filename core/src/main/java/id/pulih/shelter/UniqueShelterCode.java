package id.pulih.shelter;

import id.pulih.shared.ConflictException;
import id.pulih.shared.Nullable;
import id.pulih.shared.RecordType;
import java.util.Optional;

/**
 * One shelter per code.
 *
 * <p>A shelter is known by its code ({@code RPTC-BAMBU-APUS}) in reports and imports, so no two shelters share one.
 * Every store checks it before it writes a shelter; a database store also holds a unique index on it, whose
 * violation reads as the same error.
 *
 * <pre>{@code
 * UniqueShelterCode.check(store.shelters(), candidate);   // in a store's save, before it writes
 * }</pre>
 */
public final class UniqueShelterCode {
    /** The catalogue entry of a violation, {@link ShelterError#CODE_TAKEN}, always raised as a {@link ConflictException}. */
    public static final ShelterError CODE = ShelterError.CODE_TAKEN;

    private UniqueShelterCode() {}

    /**
     * The stored record that saving {@code candidate} would duplicate, if any; never the candidate itself.
     *
     * @param shelters the port to look in, inside the transaction that saves
     * @param candidate the shelter about to be saved
     * @return the record in the way, or empty when the candidate may be saved
     */
    public static Optional<Shelter> clash(Shelters shelters, Shelter candidate) {
        return shelters.findByCode(candidate.code()).filter(other -> !other.id().equals(candidate.id()));
    }

    /**
     * Refuses a candidate that would break the rule; what every store calls before it writes.
     *
     * @param shelters the port to look in, inside the transaction that saves
     * @param candidate the shelter about to be saved
     * @throws ConflictException {@link #CODE}, naming the record in the way
     */
    public static void check(Shelters shelters, Shelter candidate) {
        clash(shelters, candidate).ifPresent(other -> {
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
        return ShelterError.CODE_TAKEN.conflict(RecordType.SHELTER, otherId);
    }
}
