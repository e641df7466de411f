package id.pulih.guidance;

import id.pulih.shared.ConflictException;
import id.pulih.shared.Nullable;
import id.pulih.shared.RecordType;
import java.util.Optional;

/**
 * One enrolment per programme and person.
 *
 * <p>A person takes part in a programme once: attendance is recorded on that enrolment. Every store checks it before
 * it writes an enrolment, and the guidance service asks it before it takes a place in the programme; a database
 * store also holds a unique index on it, whose violation reads as the same error.
 *
 * <pre>{@code
 * OneEnrolment.check(store.enrolments(), candidate);   // in a store's save, before it writes
 * }</pre>
 */
public final class OneEnrolment {
    /** The catalogue entry of a violation, {@link GuidanceError#ENROLMENT_EXISTS}, always raised as a {@link ConflictException}. */
    public static final GuidanceError CODE = GuidanceError.ENROLMENT_EXISTS;

    private OneEnrolment() {}

    /**
     * The stored record that saving {@code candidate} would duplicate, if any; never the candidate itself.
     *
     * @param enrolments the port to look in, inside the transaction that saves
     * @param candidate the enrolment about to be saved
     * @return the record in the way, or empty when the candidate may be saved
     */
    public static Optional<Enrolment> clash(Enrolments enrolments, Enrolment candidate) {
        return enrolments
                .find(candidate.programme(), candidate.beneficiary())
                .filter(other -> !other.id().equals(candidate.id()));
    }

    /**
     * Refuses a candidate that would break the rule; what every store calls before it writes.
     *
     * @param enrolments the port to look in, inside the transaction that saves
     * @param candidate the enrolment about to be saved
     * @throws ConflictException {@link #CODE}, naming the record in the way
     */
    public static void check(Enrolments enrolments, Enrolment candidate) {
        clash(enrolments, candidate).ifPresent(other -> {
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
        return GuidanceError.ENROLMENT_EXISTS.conflict(RecordType.ENROLMENT, otherId);
    }
}
