package id.pulih.shelter;

import id.pulih.shared.ShelterId;
import java.util.List;
import java.util.Optional;

/** The shelters known to a store. A port: the in-memory and JDBC stores implement it. */
public interface Shelters {
    /**
     * Finds a shelter.
     *
     * @param id its identifier
     * @return the shelter, or empty
     */
    Optional<Shelter> find(ShelterId id);

    /**
     * Finds a shelter by its unique code.
     *
     * @param code the code, for example {@code RPTC-BAMBU-APUS}
     * @return the shelter, or empty
     */
    Optional<Shelter> findByCode(String code);

    /**
     * Every shelter, ordered by code.
     *
     * @return the shelters
     */
    List<Shelter> all();

    /**
     * Inserts (version 0) or updates (the version read) a shelter.
     *
     * @param shelter the shelter
     * @return the shelter as stored, at its new version
     * @throws id.pulih.shared.ConflictException {@code record.stale} for a stale version, {@code shelter.code-taken}
     *     for a second shelter with the same code
     */
    Shelter save(Shelter shelter);
}
