package id.pulih.shelter;

import id.pulih.shared.ConflictException;
import id.pulih.shared.RuleViolationException;

/**
 * Whether a person may be admitted to a shelter on a date, given the stays they already had.
 *
 * <p>Two rules, asked before a shelter gives up a bed: the person has no open stay elsewhere (the {@link OneOpenStay}
 * rule, which the stores enforce again on save), and the new stay does not start before an earlier stay ended, so a
 * person's stays never overlap. Capacity is the shelter's own rule ({@link Shelter#admitOne()}).
 *
 * <pre>{@code
 * Stay stay = Stay.admit(person, shelter.id(), on, child);
 * Admission.check(store.stays(), stay);
 * }</pre>
 */
public final class Admission {
    private Admission() {}

    /**
     * Refuses an admission that would give the person a second open stay or an overlapping one.
     *
     * @param stays the stays known to the store
     * @param admitted the new, open stay
     * @throws ConflictException {@code stay.open-exists} ({@link OneOpenStay}) while another stay is open
     * @throws RuleViolationException {@code stay.date-overlap} when an earlier stay ended after the new one starts
     */
    public static void check(Stays stays, Stay admitted) {
        OneOpenStay.check(stays, admitted);
        for (Stay earlier : stays.forBeneficiary(admitted.beneficiary())) {
            if (earlier.dischargedOn().filter(admitted.admittedOn()::isBefore).isPresent()) {
                throw ShelterError.STAY_DATE_OVERLAP.violation(
                        earlier.dischargedOn().get());
            }
        }
    }
}
