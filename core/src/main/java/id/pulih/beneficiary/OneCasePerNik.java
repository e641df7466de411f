package id.pulih.beneficiary;

import id.pulih.shared.ConflictException;
import id.pulih.shared.Nullable;
import id.pulih.shared.RecordType;
import java.util.Optional;

/**
 * One case per NIK.
 *
 * <p>A person with a national identity number (NIK) has one case: a second registration with the same NIK is refused,
 * and the existing case is used instead. Every store checks it before it writes a beneficiary; a database store also
 * holds a unique index on it, whose violation reads as the same error.
 *
 * <pre>{@code
 * OneCasePerNik.check(store.beneficiaries(), candidate);   // in a store's save, before it writes
 * }</pre>
 */
public final class OneCasePerNik {
    /** The catalogue entry of a violation, {@link BeneficiaryError#NIK_REGISTERED}, always raised as a {@link ConflictException}. */
    public static final BeneficiaryError CODE = BeneficiaryError.NIK_REGISTERED;

    private OneCasePerNik() {}

    /**
     * The stored record that saving {@code candidate} would duplicate, if any; never the candidate itself.
     *
     * @param beneficiaries the port to look in, inside the transaction that saves
     * @param candidate the beneficiary about to be saved
     * @return the record in the way, or empty when the candidate may be saved
     */
    public static Optional<Beneficiary> clash(Beneficiaries beneficiaries, Beneficiary candidate) {
        return candidate
                .nik()
                .flatMap(beneficiaries::findByNik)
                .filter(other -> !other.id().equals(candidate.id()));
    }

    /**
     * Refuses a candidate that would break the rule; what every store calls before it writes.
     *
     * @param beneficiaries the port to look in, inside the transaction that saves
     * @param candidate the beneficiary about to be saved
     * @throws ConflictException {@link #CODE}, naming the record in the way
     */
    public static void check(Beneficiaries beneficiaries, Beneficiary candidate) {
        clash(beneficiaries, candidate).ifPresent(other -> {
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
        return BeneficiaryError.NIK_REGISTERED.conflict(RecordType.BENEFICIARY, otherId);
    }
}
