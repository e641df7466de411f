package id.pulih.shelter;

import id.pulih.internal.util.Checks;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RuleViolationException;
import id.pulih.shared.ShelterId;
import id.pulih.shared.TextLimit;
import id.pulih.shared.Versioned;
import java.util.Objects;

/**
 * A shelter that receives returning victims: an RPTC, a balai, a sentra, a repatriation post or an LKS shelter.
 *
 * <p>A shelter knows its capacity and how many beneficiaries it holds now, and refuses an admission above its
 * capacity: {@link #admitOne()} is the one place that rule lives, so no sequence of admissions and transfers can
 * over-fill it. Occupancy on a past date is computed from the stays.
 */
public final class Shelter implements Versioned<Shelter> {
    private final ShelterId id;
    private final String code;
    private final String name;
    private final ShelterType type;
    private final RegionCode region;
    private final int capacity;
    private final int occupied;
    private final long version;

    /**
     * Rebuilds a shelter from storage, checking its invariants.
     *
     * @param id the identifier
     * @param code the short unique code, for example {@code RPTC-BAMBU-APUS}
     * @param name the display name
     * @param type the type
     * @param region the region it stands in (regency or finer)
     * @param capacity the number of beds, at least 1
     * @param occupied the number of open stays, 0 to capacity
     * @param version the stored version
     */
    public Shelter(
            ShelterId id,
            String code,
            String name,
            ShelterType type,
            RegionCode region,
            int capacity,
            int occupied,
            long version) {
        this.id = Checks.required(id, "shelterId");
        this.code = Checks.requiredText(code, "code", TextLimit.CODE);
        this.name = Checks.requiredText(name, "name", TextLimit.NAME);
        this.type = Checks.required(type, "type");
        this.region = Checks.required(region, "region");
        if (capacity < 1 || capacity > 100_000) {
            throw ShelterError.CAPACITY.invalid();
        }
        if (occupied < 0 || occupied > capacity) {
            throw ShelterError.OCCUPIED.invalid(capacity);
        }
        this.capacity = capacity;
        this.occupied = occupied;
        this.version = version;
    }

    /**
     * Opens a new, empty shelter.
     *
     * @param code the short unique code
     * @param name the display name
     * @param type the type
     * @param region the region it stands in
     * @param capacity the number of beds
     * @return the shelter, at version 0
     */
    public static Shelter open(String code, String name, ShelterType type, RegionCode region, int capacity) {
        return new Shelter(ShelterId.next(), code, name, type, region, capacity, 0, 0);
    }

    /**
     * Takes one bed.
     *
     * @return the shelter with one more occupant
     * @throws RuleViolationException coded {@code shelter.full} when every bed is taken
     */
    public Shelter admitOne() {
        if (occupied >= capacity) {
            throw ShelterError.FULL.violation(code, occupied, capacity);
        }
        return new Shelter(id, code, name, type, region, capacity, occupied + 1, version);
    }

    /**
     * Frees one bed, when a stay ends.
     *
     * @return the shelter with one occupant fewer
     */
    public Shelter releaseOne() {
        if (occupied == 0) {
            throw ShelterError.EMPTY.violation(code);
        }
        return new Shelter(id, code, name, type, region, capacity, occupied - 1, version);
    }

    /**
     * Changes the capacity, never below the current occupancy.
     *
     * @param newCapacity the new number of beds
     * @return the changed shelter
     * @throws RuleViolationException coded {@code shelter.capacity-below-occupancy}
     */
    public Shelter withCapacity(int newCapacity) {
        if (newCapacity < occupied) {
            throw ShelterError.CAPACITY_BELOW_OCCUPANCY.violation(code, occupied);
        }
        return new Shelter(id, code, name, type, region, newCapacity, occupied, version);
    }

    /**
     * The identifier.
     *
     * @return the id
     */
    public ShelterId id() {
        return id;
    }

    /**
     * The short unique code.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The display name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The type.
     *
     * @return the type
     */
    public ShelterType type() {
        return type;
    }

    /**
     * The region the shelter stands in.
     *
     * @return the region code
     */
    public RegionCode region() {
        return region;
    }

    /**
     * The number of beds.
     *
     * @return the capacity
     */
    public int capacity() {
        return capacity;
    }

    /**
     * The number of open stays now.
     *
     * @return the occupancy
     */
    public int occupied() {
        return occupied;
    }

    /**
     * Beds free now.
     *
     * @return capacity minus occupancy
     */
    public int free() {
        return capacity - occupied;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public Shelter withVersion(long newVersion) {
        return new Shelter(id, code, name, type, region, capacity, occupied, newVersion);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shelter other
                && id.equals(other.id)
                && code.equals(other.code)
                && name.equals(other.name)
                && type == other.type
                && region.equals(other.region)
                && capacity == other.capacity
                && occupied == other.occupied
                && version == other.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Shelter[" + code + ", " + type + ", " + region + ", " + occupied + "/" + capacity + ", v" + version
                + "]";
    }
}
