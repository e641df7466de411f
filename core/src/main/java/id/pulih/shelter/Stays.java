package id.pulih.shelter;

import id.pulih.shared.BeneficiaryId;
import id.pulih.shared.ShelterId;
import id.pulih.shared.StayId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The shelter stays known to a store. A port: the in-memory and JDBC stores implement it. */
public interface Stays {
    /**
     * Finds a stay.
     *
     * @param id its identifier
     * @return the stay, or empty
     */
    Optional<Stay> find(StayId id);

    /**
     * The open stay of a beneficiary, if any (there is at most one).
     *
     * @param beneficiary the beneficiary
     * @return the open stay, or empty
     */
    Optional<Stay> findOpen(BeneficiaryId beneficiary);

    /**
     * Every stay of a beneficiary, oldest admission first.
     *
     * @param beneficiary the beneficiary
     * @return the stays
     */
    List<Stay> forBeneficiary(BeneficiaryId beneficiary);

    /**
     * How many people were in a shelter on a date (admitted on or before, not discharged by it).
     *
     * @param shelter the shelter
     * @param date the date
     * @return the occupancy that day
     */
    int occupancyOn(ShelterId shelter, LocalDate date);

    /**
     * Inserts (version 0) or updates (the version read) a stay.
     *
     * @param stay the stay
     * @return the stay as stored, at its new version
     * @throws id.pulih.shared.ConflictException {@code record.stale} for a stale version, {@code stay.open-exists}
     *     for a second open stay of the same person
     */
    Stay save(Stay stay);
}
