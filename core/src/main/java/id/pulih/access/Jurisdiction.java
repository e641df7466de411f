package id.pulih.access;

import id.pulih.internal.util.Checks;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.OrganisationId;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RegionLevel;
import id.pulih.shared.ShelterId;
import java.util.Optional;

/**
 * Where an officer's authority reaches. A case is visible to an officer only when the officer's jurisdiction
 * {@link #covers covers} it:
 *
 * <ul>
 *   <li>{@link National} (Kemensos headquarters): every case;
 *   <li>{@link Province} and {@link Regency} (a Dinas Sosial): cases whose origin, shelter, destination or
 *       registering unit lies in the region;
 *   <li>{@link AtShelter} (a UPT, an RPTC): cases that stay or stayed there, or were registered there;
 *   <li>{@link Partner} (an LKS): only the cases referred to it.
 * </ul>
 *
 * <p>As data, a jurisdiction is a {@link Kind kind} and a {@link #reference() reference} (the region code, shelter
 * id or organisation code as text; none for national): stores and command lines write it so and read it back with
 * {@link #of(Kind, String)}, for example {@code Jurisdiction.of(Kind.REGENCY, "52.02")}.
 */
public sealed interface Jurisdiction {

    /** The kinds of jurisdiction, one per record implementing {@link Jurisdiction}. */
    enum Kind {
        /** Kemensos headquarters; no reference. */
        NATIONAL,
        /** A province; the reference is its region code, such as {@code 52}. */
        PROVINCE,
        /** A regency or city; the reference is its region code, such as {@code 52.02}. */
        REGENCY,
        /** A shelter; the reference is its id (a UUID). */
        SHELTER,
        /** A partner organisation; the reference is its code, such as {@code LKS-PANCA-KARSA}. */
        PARTNER
    }

    /**
     * Rebuilds a jurisdiction from its kind and reference, as {@link #kind()} and {@link #reference()} give them.
     *
     * @param kind the kind; not null
     * @param reference the region code, shelter id or organisation code; null for {@link Kind#NATIONAL}
     * @return the jurisdiction, equal to the one the kind and reference were read from
     * @throws InvalidValueException coded {@code jurisdiction.required} when the kind is null,
     *     {@code jurisdiction.reference} when a national jurisdiction is given a reference, {@code jurisdiction.level}
     *     when a region code is not of the kind's level, or the reference's own code ({@code region.format},
     *     {@code shelterId.format}, {@code organisation.required}, ...) when it does not parse
     */
    static Jurisdiction of(Kind kind, String reference) {
        Checks.required(kind, "jurisdiction");
        switch (kind) {
            case PROVINCE:
                return province(RegionCode.of(reference));
            case REGENCY:
                return regency(RegionCode.of(reference));
            case SHELTER:
                return shelter(ShelterId.parse(reference));
            case PARTNER:
                return partner(OrganisationId.of(reference));
            case NATIONAL:
            default:
                if (reference != null) {
                    throw AccessError.JURISDICTION_REFERENCE.invalid();
                }
                return national();
        }
    }

    /**
     * The kind of this jurisdiction.
     *
     * @return the kind, never null
     */
    Kind kind();

    /**
     * What the jurisdiction refers to, as text: the dotted region code of a province or regency, the id of a
     * shelter, the code of a partner organisation.
     *
     * @return the reference; empty for {@link Kind#NATIONAL}
     */
    Optional<String> reference();

    /**
     * The region of a provincial or regency jurisdiction.
     *
     * @return the province or regency code; empty for the other kinds
     */
    default Optional<RegionCode> region() {
        return Optional.empty();
    }

    /**
     * The shelter of a shelter's jurisdiction.
     *
     * @return the shelter's id; empty for the other kinds
     */
    default Optional<ShelterId> shelterId() {
        return Optional.empty();
    }

    /**
     * The organisation of a partner's jurisdiction.
     *
     * @return the organisation; empty for the other kinds
     */
    default Optional<OrganisationId> organisationId() {
        return Optional.empty();
    }

    /**
     * Whether a case lies within this jurisdiction.
     *
     * @param scope the case's scope
     * @return true when the officer may see the case
     */
    boolean covers(CaseScope scope);

    /**
     * Whether a place (a shelter, a programme venue) in the given region is administered within this jurisdiction.
     *
     * @param region the region of the place
     * @return true for national officers and for regions inside the province or regency
     */
    boolean coversRegion(RegionCode region);

    /**
     * Whether this jurisdiction administers the given shelter.
     *
     * @param shelter the shelter's id
     * @param region the shelter's region
     * @return true when the officer may run the shelter
     */
    default boolean coversShelter(ShelterId shelter, RegionCode region) {
        return coversRegion(region);
    }

    /**
     * Whether a case touches a region: its origin or any region it passed through lies inside.
     *
     * @param region the region
     * @param scope the case's scope
     * @return true when the region covers the case
     */
    private static boolean regionCovers(RegionCode region, CaseScope scope) {
        return region.contains(scope.origin()) || scope.regions().stream().anyMatch(region::contains);
    }

    /**
     * Kemensos headquarters: every case.
     *
     * @return the national jurisdiction
     */
    static Jurisdiction national() {
        return new National();
    }

    /**
     * A provincial social office.
     *
     * @param province the province code, for example {@code 52}
     * @return the jurisdiction
     */
    static Jurisdiction province(RegionCode province) {
        return new Province(province);
    }

    /**
     * A regency or city social office.
     *
     * @param regency the regency code, for example {@code 52.02}
     * @return the jurisdiction
     */
    static Jurisdiction regency(RegionCode regency) {
        return new Regency(regency);
    }

    /**
     * A shelter (UPT, RPTC, balai, post).
     *
     * @param shelter the shelter's id
     * @return the jurisdiction
     */
    static Jurisdiction shelter(ShelterId shelter) {
        return new AtShelter(shelter);
    }

    /**
     * A partner organisation (LKS): sees only the cases referred to it.
     *
     * @param organisation the organisation
     * @return the jurisdiction
     */
    static Jurisdiction partner(OrganisationId organisation) {
        return new Partner(organisation);
    }

    /** Kemensos headquarters. */
    record National() implements Jurisdiction {
        @Override
        public Kind kind() {
            return Kind.NATIONAL;
        }

        @Override
        public Optional<String> reference() {
            return Optional.empty();
        }

        @Override
        public boolean covers(CaseScope scope) {
            return true;
        }

        @Override
        public boolean coversRegion(RegionCode region) {
            return true;
        }
    }

    /**
     * A province.
     *
     * @param code the province code
     */
    record Province(RegionCode code) implements Jurisdiction {
        /**
         * Checks the code is a province.
         *
         * @param code the code
         */
        public Province {
            Checks.required(code, "province");
            if (code.level() != RegionLevel.PROVINCE) {
                throw AccessError.JURISDICTION_LEVEL.invalidAt("province", "province", " (2 digits)");
            }
        }

        @Override
        public Kind kind() {
            return Kind.PROVINCE;
        }

        @Override
        public Optional<String> reference() {
            return Optional.of(code.toString());
        }

        @Override
        public Optional<RegionCode> region() {
            return Optional.of(code);
        }

        @Override
        public boolean covers(CaseScope scope) {
            return regionCovers(code, scope);
        }

        @Override
        public boolean coversRegion(RegionCode region) {
            return code.contains(region);
        }
    }

    /**
     * A regency or city.
     *
     * @param code the regency code
     */
    record Regency(RegionCode code) implements Jurisdiction {
        /**
         * Checks the code is a regency.
         *
         * @param code the code
         */
        public Regency {
            Checks.required(code, "regency");
            if (code.level() != RegionLevel.REGENCY) {
                throw AccessError.JURISDICTION_LEVEL.invalidAt("regency", "regency", " such as 52.02");
            }
        }

        @Override
        public Kind kind() {
            return Kind.REGENCY;
        }

        @Override
        public Optional<String> reference() {
            return Optional.of(code.toString());
        }

        @Override
        public Optional<RegionCode> region() {
            return Optional.of(code);
        }

        @Override
        public boolean covers(CaseScope scope) {
            return regionCovers(code, scope);
        }

        @Override
        public boolean coversRegion(RegionCode region) {
            return code.contains(region);
        }
    }

    /**
     * A shelter.
     *
     * @param shelter the shelter's id
     */
    record AtShelter(ShelterId shelter) implements Jurisdiction {
        /**
         * Checks the id is present.
         *
         * @param shelter the id
         */
        public AtShelter {
            Checks.required(shelter, "shelter");
        }

        @Override
        public Kind kind() {
            return Kind.SHELTER;
        }

        @Override
        public Optional<String> reference() {
            return Optional.of(shelter.toString());
        }

        @Override
        public Optional<ShelterId> shelterId() {
            return Optional.of(shelter);
        }

        @Override
        public boolean covers(CaseScope scope) {
            return scope.shelters().contains(shelter);
        }

        @Override
        public boolean coversRegion(RegionCode region) {
            return false;
        }

        @Override
        public boolean coversShelter(ShelterId other, RegionCode region) {
            return shelter.equals(other);
        }
    }

    /**
     * A partner organisation.
     *
     * @param organisation the organisation
     */
    record Partner(OrganisationId organisation) implements Jurisdiction {
        /**
         * Checks the organisation is present.
         *
         * @param organisation the organisation
         */
        public Partner {
            Checks.required(organisation, "organisation");
        }

        @Override
        public Kind kind() {
            return Kind.PARTNER;
        }

        @Override
        public Optional<String> reference() {
            return Optional.of(organisation.code());
        }

        @Override
        public Optional<OrganisationId> organisationId() {
            return Optional.of(organisation);
        }

        @Override
        public boolean covers(CaseScope scope) {
            return scope.partners().contains(organisation);
        }

        @Override
        public boolean coversRegion(RegionCode region) {
            return false;
        }
    }
}
