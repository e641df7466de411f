package id.pulih.grant;

import id.pulih.shared.ConflictException;
import id.pulih.shared.Nullable;
import id.pulih.shared.RecordType;
import java.util.Optional;

/**
 * One payment per award that was not rejected.
 *
 * <p>An award is paid once: a payment may be made again only after the bank rejected the earlier one. Every store checks
 * it before it writes a payment; a database store also holds unique indexes on it (no two payments of an award that
 * are not rejected, no two paid), whose violations read as the same error.
 *
 * <pre>{@code
 * OnePaymentPerAward.check(store.payments(), candidate);   // in a store's save, before it writes
 * }</pre>
 */
public final class OnePaymentPerAward {
    /** The catalogue entry of a violation, {@link GrantError#PAYMENT_ACTIVE_EXISTS}, always raised as a {@link ConflictException}. */
    public static final GrantError CODE = GrantError.PAYMENT_ACTIVE_EXISTS;

    private OnePaymentPerAward() {}

    /**
     * The stored record that saving {@code candidate} would duplicate, if any; never the candidate itself.
     *
     * @param payments the port to look in, inside the transaction that saves
     * @param candidate the payment about to be saved
     * @return the record in the way, or empty when the candidate may be saved
     */
    public static Optional<Payment> clash(Payments payments, Payment candidate) {
        if (candidate.status() == PaymentStatus.REJECTED) {
            return Optional.empty();
        }
        return payments.forAward(candidate.award()).stream()
                .filter(other ->
                        other.status() != PaymentStatus.REJECTED && !other.id().equals(candidate.id()))
                .findFirst();
    }

    /**
     * Refuses a candidate that would break the rule; what every store calls before it writes.
     *
     * @param payments the port to look in, inside the transaction that saves
     * @param candidate the payment about to be saved
     * @throws ConflictException {@link #CODE}, naming the record in the way
     */
    public static void check(Payments payments, Payment candidate) {
        clash(payments, candidate).ifPresent(other -> {
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
        return GrantError.PAYMENT_ACTIVE_EXISTS.conflict(RecordType.PAYMENT, otherId);
    }
}
