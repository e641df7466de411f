package id.pulih.beneficiary;

import id.pulih.internal.util.Checks;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.RegionCode;
import java.util.Optional;

/**
 * The blocking key of duplicate scoring: the registrations a new one is scored against are the active ones of the
 * same origin regency born within a year of it whose normalised name starts with the same letter, and those on the
 * same family card. Stores answer it from an index ({@link Beneficiaries#findMatchCandidates}), never by reading every
 * case.
 *
 * <p>The initial keeps the blocks small in a big regency; a name whose first letter differs in another record (a
 * leading title such as {@code Hj.} in one of them only, or a typing error in the first letter) is then found only
 * through the family card.
 *
 * @param regency the origin regency
 * @param birthYear the year of birth; candidates are born in it or the year before or after
 * @param initial the first letter of the normalised name, lower case
 * @param familyCard the family card number, when recorded: its other holders are candidates too
 */
public record MatchBlock(RegionCode regency, int birthYear, String initial, Optional<FamilyCardNumber> familyCard) {
    /**
     * Checks every part.
     *
     * @param regency the regency
     * @param birthYear the year
     * @param initial the initial
     * @param familyCard the family card, or empty
     */
    public MatchBlock {
        Checks.required(regency, "regency");
        Checks.required(initial, "initial");
        Checks.required(familyCard, "familyCard");
        if (initial.codePointCount(0, initial.length()) != 1) {
            throw new IllegalArgumentException("the initial is one letter");
        }
    }

    /**
     * The block of a registration.
     *
     * @param p the registration's profile
     * @return its block
     */
    public static MatchBlock of(MatchProfile p) {
        return new MatchBlock(p.regency(), p.birth().date().getYear(), p.initial(), p.familyCard());
    }

    /**
     * Whether a registration lies in this block, as a store's look-up must decide.
     *
     * @param p the registration's profile
     * @return true for the same regency, a birth year at most one apart and the same initial, or the same family card
     */
    public boolean admits(MatchProfile p) {
        return (p.regency().equals(regency)
                        && Math.abs(p.birth().date().getYear() - birthYear) <= 1
                        && p.initial().equals(initial))
                || (familyCard.isPresent() && p.familyCard().equals(familyCard));
    }

    static String initialOf(String nameKey) {
        if (nameKey.isEmpty()) {
            return "?";
        }
        return nameKey.substring(0, Character.charCount(nameKey.codePointAt(0)));
    }

    /** Shows no family card number. */
    @Override
    public String toString() {
        return "MatchBlock[" + regency + ", " + birthYear + ", " + initial
                + familyCard.map(c -> ", family card").orElse("") + "]";
    }
}
