package id.pulih.beneficiary;

import id.pulih.internal.util.Checks;
import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.PersonName;
import id.pulih.shared.RegionCode;
import java.time.Instant;
import java.util.Optional;

/**
 * What duplicate scoring reads of a registration: a store answers candidate look-ups with these rather than whole
 * records, so that a bulk registration holds little per candidate. Its {@code toString()} masks the name and the
 * family card number, as theirs do.
 *
 * @param id the registration
 * @param name the name
 * @param birth the birth date
 * @param regency the origin regency
 * @param familyCard the family card number, if recorded
 * @param withNik whether the registration carries a NIK
 * @param registeredAt when it was registered, for the order of candidates
 */
public record MatchProfile(
        BeneficiaryId id,
        PersonName name,
        BirthDate birth,
        RegionCode regency,
        Optional<FamilyCardNumber> familyCard,
        boolean withNik,
        Instant registeredAt) {
    /**
     * Checks every part.
     *
     * @param id the registration
     * @param name the name
     * @param birth the birth date
     * @param regency the origin regency
     * @param familyCard the family card number, or empty
     * @param withNik whether it has a NIK
     * @param registeredAt when registered
     */
    public MatchProfile {
        Checks.required(id, "beneficiaryId");
        Checks.required(name, "name");
        Checks.required(birth, "birthDate");
        Checks.required(regency, "regency");
        Checks.required(familyCard, "familyCard");
        Checks.required(registeredAt, "registeredAt");
    }

    /**
     * The profile of a registration.
     *
     * @param b the registration; not null
     * @return its profile, the origin cut to its regency
     */
    public static MatchProfile of(Beneficiary b) {
        Checks.required(b, "beneficiary");
        return new MatchProfile(
                b.id(),
                b.name(),
                b.birth(),
                b.origin().regency().orElse(b.origin()),
                b.familyCard(),
                b.nik().isPresent(),
                b.registeredAt());
    }
}
