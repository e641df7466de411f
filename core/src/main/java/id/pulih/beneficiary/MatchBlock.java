package id.pulih.beneficiary;

import id.pulih.internal.util.Checks;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.RegionCode;
import java.util.Optional;

/**
 * The blocking key of duplicate scoring: the registrations a new one is scored against are the active ones of the
 * same origin regency born within a year of it, and those on the same family card. Stores answer it from an index
 * ({@link Beneficiaries#findMatchCandidates}), never by reading every case. The name takes no part in the block, so
 * that a leading title, a changed word order or a typing error in the first letter cannot hide a candidate.
 *
 * @param regency the origin regency
 * @param birthYear the year of birth; candidates are born in it or the year before or after
 * @param familyCard the family card number, when recorded: its other holders are candidates too
 */
public record MatchBlock(RegionCode regency, int birthYear, Optional<FamilyCardNumber> familyCard) {
    /**
     * Checks every part.
     *
     * @param regency the regency
     * @param birthYear the year
     * @param familyCard the family card, or empty
     */
    public MatchBlock {
        Checks.required(regency, "regency");
        Checks.required(familyCard, "familyCard");
    }

    /**
     * The block of a registration.
     *
     * @param p the registration's profile
     * @return its block
     */
    public static MatchBlock of(MatchProfile p) {
        return new MatchBlock(p.regency(), p.birth().date().getYear(), p.familyCard());
    }

    /**
     * Whether a registration lies in this block, as a store's look-up must decide.
     *
     * @param p the registration's profile
     * @return true for the same regency and a birth year at most one apart, or the same family card
     */
    public boolean admits(MatchProfile p) {
        return (p.regency().equals(regency) && Math.abs(p.birth().date().getYear() - birthYear) <= 1)
                || (familyCard.isPresent() && p.familyCard().equals(familyCard));
    }

    /** Shows no family card number. */
    @Override
    public String toString() {
        return "MatchBlock[" + regency + ", " + birthYear
                + familyCard.map(c -> ", family card").orElse("") + "]";
    }
}
