package id.pulih.guidance;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.Nullable;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.RecordType;
import id.pulih.shared.RuleViolationException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One enrolment per programme and person.
 *
 * <p>A person takes part in a programme once: attendance is recorded on that enrolment. Every store checks it before
 * it writes an enrolment, and the guidance service asks it before it takes a place in the programme; a database
 * store also holds a unique index on it, whose violation reads as the same error.
 *
 * <p>The enrolments of registrations merged into a survivor are the survivor's: the services ask the rule with every
 * registration of the case ({@code sameCase}), and refuse a merge that would enrol the person twice in one
 * programme ({@link #checkMerge}).
 *
 * <pre>{@code
 * OneEnrolment.check(store.enrolments(), candidate);   // in a store's save, before it writes
 * OneEnrolment.check(store.enrolments(), candidate, caseIds);   // in a service, for the whole case
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
        return clash(enrolments, candidate, List.of(candidate.beneficiary()));
    }

    /**
     * The stored enrolment in the candidate's programme of its person under any of its registrations, if any; never
     * the candidate.
     *
     * @param enrolments the port to look in, inside the transaction that saves
     * @param candidate the enrolment about to be saved
     * @param sameCase every registration of the candidate's case (the survivor and those merged into it); the
     *     candidate's own beneficiary is looked at whether it is listed or not
     * @return the record in the way, or empty when the candidate may be saved
     */
    public static Optional<Enrolment> clash(
            Enrolments enrolments, Enrolment candidate, Collection<BeneficiaryId> sameCase) {
        Checks.required(sameCase, "sameCase");
        Optional<Enrolment> own = enrolments
                .find(candidate.programme(), candidate.beneficiary())
                .filter(other -> !other.id().equals(candidate.id()));
        return own.isPresent()
                ? own
                : enrolmentOf(enrolments, candidate.programme(), sameCase)
                        .filter(other -> !other.id().equals(candidate.id()));
    }

    /**
     * Refuses a candidate that would enrol the person twice in the programme under any of its registrations.
     *
     * @param enrolments the port to look in, inside the transaction that saves
     * @param candidate the enrolment about to be saved
     * @param sameCase every registration of the candidate's case
     * @throws ConflictException {@link #CODE}, naming the record in the way
     */
    public static void check(Enrolments enrolments, Enrolment candidate, Collection<BeneficiaryId> sameCase) {
        clash(enrolments, candidate, sameCase).ifPresent(other -> {
            throw violation(other.id().toString());
        });
    }

    /**
     * The enrolment in a programme of the person under any of these registrations (at most one while the rule
     * holds).
     *
     * @param enrolments the port to look in
     * @param programme the programme
     * @param sameCase every registration of the case, the survivor first
     * @return the enrolment, or empty
     */
    public static Optional<Enrolment> enrolmentOf(
            Enrolments enrolments, ProgrammeId programme, Collection<BeneficiaryId> sameCase) {
        Checks.required(programme, "programme");
        for (BeneficiaryId id : Checks.required(sameCase, "sameCase")) {
            Optional<Enrolment> found = enrolments.find(programme, id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses to merge two cases that are each enrolled in one programme: merged, the person would hold two places.
     *
     * @param enrolments the port to look in, inside the transaction that merges
     * @param survivor every registration of the surviving case
     * @param merged every registration of the case merged into it
     * @throws RuleViolationException {@link GuidanceError#MERGE_ENROLMENTS}, naming the programme
     */
    public static void checkMerge(
            Enrolments enrolments, Collection<BeneficiaryId> survivor, Collection<BeneficiaryId> merged) {
        Set<ProgrammeId> held = new HashSet<>();
        for (BeneficiaryId id : Checks.required(survivor, "survivor")) {
            enrolments.forBeneficiary(id).forEach(e -> held.add(e.programme()));
        }
        for (BeneficiaryId id : Checks.required(merged, "merged")) {
            for (Enrolment e : enrolments.forBeneficiary(id)) {
                if (held.contains(e.programme())) {
                    throw GuidanceError.MERGE_ENROLMENTS.violation(e.programme());
                }
            }
        }
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
