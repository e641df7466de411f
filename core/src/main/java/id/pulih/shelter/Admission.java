package id.pulih.shelter;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ConflictException;
import id.pulih.shared.RuleViolationException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a person may be admitted to a shelter on a date, given the stays they already had.
 *
 * <p>Two rules, asked before a shelter gives up a bed: the person has no open stay elsewhere (the {@link OneOpenStay}
 * rule, which the stores enforce again on save), and the new stay does not start before an earlier stay ended, so a
 * person's stays never overlap. Capacity is the shelter's own rule ({@link Shelter#admitOne()}). Both count the
 * stays of every registration of the person's case: those merged into the survivor are the survivor's.
 *
 * <pre>{@code
 * Stay stay = Stay.admit(person, shelter.id(), on, child);
 * Admission.check(store.stays(), stay, caseIds);
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
        check(stays, admitted, List.of(admitted.beneficiary()));
    }

    /**
     * Refuses an admission that would give the person a second open stay or an overlapping one, under any of the
     * registrations of its case.
     *
     * @param stays the stays known to the store
     * @param admitted the new, open stay
     * @param sameCase every registration of the case (the survivor and those merged into it)
     * @throws ConflictException {@code stay.open-exists} ({@link OneOpenStay}) while another stay is open
     * @throws RuleViolationException {@code stay.date-overlap} when an earlier stay ended after the new one starts
     */
    public static void check(Stays stays, Stay admitted, Collection<BeneficiaryId> sameCase) {
        OneOpenStay.check(stays, admitted, sameCase);
        Set<BeneficiaryId> all = new LinkedHashSet<>(Checks.required(sameCase, "sameCase"));
        all.add(admitted.beneficiary());
        for (BeneficiaryId id : all) {
            for (Stay earlier : stays.forBeneficiary(id)) {
                if (earlier.dischargedOn()
                        .filter(admitted.admittedOn()::isBefore)
                        .isPresent()) {
                    throw ShelterError.STAY_DATE_OVERLAP.violation(
                            earlier.dischargedOn().get());
                }
            }
        }
    }
}
