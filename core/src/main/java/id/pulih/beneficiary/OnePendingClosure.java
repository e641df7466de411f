package id.pulih.beneficiary;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.RecordType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One pending closure request per case: a second request waits until the first is approved or returned. Every store
 * checks it before it writes a request; a database store also holds a unique index on it, whose violation reads as
 * the same error. The service asks it with every registration of the case.
 *
 * <pre>{@code
 * OnePendingClosure.check(store.closureRequests(), candidate, List.of(candidate.beneficiary())); // in a store's save
 * OnePendingClosure.check(store.closureRequests(), candidate, caseIds);                          // in a service
 * }</pre>
 */
public final class OnePendingClosure {
    /** The catalogue entry of a violation, always raised as a {@link ConflictException}. */
    public static final BeneficiaryError CODE = BeneficiaryError.CLOSURE_PENDING_EXISTS;

    private OnePendingClosure() {}

    /**
     * Refuses a pending candidate when the case already has another pending request under any of its registrations.
     *
     * @param requests the port to look in, inside the transaction that saves
     * @param candidate the request about to be saved
     * @param sameCase every registration of the candidate's case; its own registration is looked at in any case
     * @throws ConflictException {@link #CODE}, naming the request in the way
     */
    public static void check(ClosureRequests requests, ClosureRequest candidate, Collection<BeneficiaryId> sameCase) {
        Checks.required(sameCase, "sameCase");
        if (candidate.status() != ClosureStatus.PENDING) {
            return;
        }
        for (BeneficiaryId id : concat(candidate.beneficiary(), sameCase)) {
            Optional<ClosureRequest> other = requests.findPending(id).filter(r -> !r.id().equals(candidate.id()));
            if (other.isPresent()) {
                throw violation(other.get().id().toString());
            }
        }
    }

    /**
     * The violation, for a store whose unique index fired without the check above (a concurrent write).
     *
     * @param otherId the id of the pending request in the way, or null when the store cannot tell
     * @return the exception, to throw
     */
    public static ConflictException violation(@id.pulih.shared.Nullable String otherId) {
        return CODE.conflict(RecordType.CLOSURE_REQUEST, otherId);
    }

    /**
     * Refuses a merge that would give one case two pending requests: when the registrations of both cases hold one.
     *
     * @param requests the port to look in
     * @param kept every registration of the surviving case
     * @param gone every registration of the case merged into it
     * @throws id.pulih.shared.RuleViolationException {@code merge.closure-requests}
     */
    public static void checkMerge(
            ClosureRequests requests, Collection<BeneficiaryId> kept, Collection<BeneficiaryId> gone) {
        if (anyPending(requests, kept) && anyPending(requests, gone)) {
            throw BeneficiaryError.MERGE_CLOSURE_REQUESTS.violation();
        }
    }

    private static boolean anyPending(ClosureRequests requests, Collection<BeneficiaryId> registrations) {
        return registrations.stream().anyMatch(id -> requests.findPending(id).isPresent());
    }

    private static List<BeneficiaryId> concat(BeneficiaryId own, Collection<BeneficiaryId> others) {
        List<BeneficiaryId> all = new java.util.ArrayList<>();
        all.add(own);
        others.stream().filter(id -> !id.equals(own)).forEach(all::add);
        return all;
    }
}
