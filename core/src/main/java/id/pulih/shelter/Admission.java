package id.pulih.shelter;

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
     * @throws RuleViolationException {@code stay.open-exists} while another stay is open, {@code stay.date-overlap}
     *     when an earlier stay ended after the new one starts
     */
    public static void check(Stays stays, Stay admitted) {
        OneOpenStay.clash(stays, admitted).ifPresent(open -> {
            throw new RuleViolationException(
                    OneOpenStay.CODE,
                    "the beneficiary already has an open stay since " + open.admittedOn()
                            + "; transfer or discharge it first");
        });
        for (Stay earlier : stays.forBeneficiary(admitted.beneficiary())) {
            if (earlier.dischargedOn().filter(admitted.admittedOn()::isBefore).isPresent()) {
                throw new RuleViolationException(
                        "stay.date-overlap",
                        "the beneficiary was in a shelter until "
                                + earlier.dischargedOn().get() + "; a new stay cannot start before that");
            }
        }
    }
}
